package uk.redress.benchmark;

import java.util.Date;
import java.util.Map;

import org.apache.ibatis.datasource.pooled.PooledDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The ceiling Redress is built on: a bare Camunda engine of the same version on the same kind of database, no
 * Spring, no Redress code, history full, running a stage-1-shaped process: start with two dates, acknowledge (a user
 * task due on the first date, with a timer boundary on it), respond (likewise on the second date), end.
 */
final class BareEngine implements AutoCloseable {

    static final String KEY = "bare-stage1";

    private final ProcessEngine engine;

    /** On the engine's own connection pool (its defaults), every statement counted by {@code counter}. */
    BareEngine(String jdbcUrl, String user, String password, StatementCounter counter) {
        PooledDataSource pool = new PooledDataSource(
                jdbcUrl.startsWith("jdbc:postgresql") ? "org.postgresql.Driver" : "org.h2.Driver",
                jdbcUrl, user, password);
        ProcessEngineConfiguration configuration = ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setDataSource(counter.wrap(pool))
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setProcessEngineName("bare-benchmark");
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance("bare-stage1.bpmn", model()).deploy();
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(2190)
                .startEvent("received")
                .userTask("acknowledge").camundaCandidateGroups("bare-team").camundaDueDate("${acknowledgeBy}")
                .boundaryEvent("acknowledgementOverdue").cancelActivity(false).timerWithDate("${acknowledgeBy}")
                .endEvent("acknowledgementBreach")
                .moveToActivity("acknowledge")
                .userTask("respond").camundaCandidateGroups("bare-team").camundaDueDate("${respondBy}")
                .boundaryEvent("responseOverdue").cancelActivity(false).timerWithDate("${respondBy}")
                .endEvent("responseBreach")
                .moveToActivity("respond")
                .endEvent("responded")
                .done();
    }

    /** Starts one process the way Redress's intake starts one: two date variables. */
    String start() {
        Date now = ClockUtil.getCurrentTime();
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of(
                "acknowledgeBy", new Date(now.getTime() + 3L * 86_400_000),
                "respondBy", new Date(now.getTime() + 20L * 86_400_000))).getId();
    }

    /** One complete lifecycle: start, acknowledge, respond. */
    void lifecycle() {
        String instance = start();
        for (int i = 0; i < 2; i++) {
            Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
            engine.getTaskService().complete(task.getId(), Map.of("done", true));
        }
        if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() != 0) {
            throw new IllegalStateException("bare lifecycle did not end");
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
