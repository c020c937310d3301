package uk.redress.reporting;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.caseevent.Withdrawals;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.Escalations;

/** What the reports' tests share: the running application and a year of complaints to build. */
abstract class ReportingTest extends RedressSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    Escalations escalations;
    @Autowired
    Withdrawals withdrawals;
    @Autowired
    WorkingDayCalendar calendar;

    /** Complaints about a service area of the test's own. */
    ReportingYear year(String area) {
        return new ReportingYear(processEngine, intake, escalations, withdrawals, calendar, area);
    }
}
