package uk.redress.notification;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import org.springframework.stereotype.Component;

import uk.redress.deployment.DeploymentProperties;

/**
 * The councils' letters as FreeMarker templates in {@code letters/} beside {@code processes/} (or the copy packaged
 * with the application). A letter for a procedure is looked up as {@code {council}/{procedure}/{letter}.ftl}, then
 * {@code {council}/{letter}.ftl}, then {@code common/{letter}.ftl}; the council is the folder of the procedure's
 * diagram under {@code processes/}. Council details (name, address, Ombudsman wording) come from
 * {@code common/council.properties} overlaid by {@code {council}/council.properties} and then by
 * {@code {council}/{procedure}/council.properties}.
 * <p>
 * Templates are strict: a value the model does not have stops the letter with an error naming it, so a letter is
 * never sent with a blank where a date or name should be. Output is plain text; the PDF layout is an HTML template
 * ({@code .ftlh}) that escapes everything put into it.
 */
@Component
public class LetterTemplates {

    static final String PACKAGED = "/redress-definitions/letters";

    private final Configuration freemarker;
    private final TemplateLoader loader;
    private final Map<String, Map<String, String>> councils = new java.util.concurrent.ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public LetterTemplates(DeploymentProperties deployment) {
        this(loaderFor(deployment.directory()));
    }

    LetterTemplates(TemplateLoader loader) {
        this.loader = loader;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setTemplateLoader(loader);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setLocalizedLookup(false);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    static TemplateLoader loaderFor(Path directory) {
        Path letters = directory.resolve("letters");
        ClassTemplateLoader packaged = new ClassTemplateLoader(LetterTemplates.class, PACKAGED);
        if (Files.isDirectory(letters)) {
            try {
                // the folder wins; anything it lacks comes from the copy packaged with the application
                return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(letters.toFile()),
                        packaged});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return packaged;
    }

    /** The template a letter uses for a procedure of a council, most specific first. */
    public String templateName(String council, String procedure, String letter) {
        for (String candidate : new String[] {council + "/" + procedure + "/" + letter + ".ftl",
                council + "/" + letter + ".ftl", "common/" + letter + ".ftl"}) {
            if (exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("There is no letter template '" + letter + "' (looked for letters/"
                + council + "/" + procedure + "/" + letter + ".ftl, letters/" + council + "/" + letter
                + ".ftl and letters/common/" + letter + ".ftl)");
    }


    /** A letter's template as written (for reading what it says, e.g. whether it gives the Ombudsman's details). */
    public String templateText(String council, String procedure, String letter) {
        String name = templateName(council, procedure, letter);
        try {
            return freemarker.getTemplate(name).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter template letters/" + name + " could not be read", e);
        }
    }

    /** Renders a letter; the template must set {@code subject} with {@code <#assign subject = "…">}. */
    public RenderedLetter render(String council, String procedure, String letter, Map<String, Object> model) {
        String name = templateName(council, procedure, letter);
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter body = new StringWriter();
            Environment environment = template.createProcessingEnvironment(model, body);
            environment.process();
            TemplateModel subject = environment.getMainNamespace().get("subject");
            if (subject == null) {
                throw new IllegalStateException("Letter template letters/" + name + " does not set a subject");
            }
            return new RenderedLetter(tidy(subject.toString()), tidyBody(body.toString()));
        } catch (TemplateException e) {
            throw new IllegalStateException("Letter template letters/" + name + " could not be filled in: "
                    + problem(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Letter template letters/" + name + " could not be read", e);
        }
    }

    /** Renders an HTML layout ({@code .ftlh}, every value escaped) for a letter that goes on paper. */
    public String renderLayout(String council, String layout, Map<String, Object> model) {
        String name = exists(council + "/" + layout) ? council + "/" + layout : "common/" + layout;
        try {
            StringWriter html = new StringWriter();
            freemarker.getTemplate(name).process(model, html);
            return html.toString();
        } catch (TemplateException e) {
            throw new IllegalStateException("Letter layout letters/" + name + " could not be filled in: "
                    + problem(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Letter layout letters/" + name + " could not be read", e);
        }
    }

    /**
     * The council's details: {@code common/council.properties} overlaid by the council's own and then by the
     * procedure's ({@code {council}/{procedure}/council.properties}), so that a statutory procedure names itself and
     * gives its own complaints line. Read once per procedure (like the templates, they change with a restart).
     */
    /** The council's own details, without any procedure's: its name and contact details on its public pages. */
    public Map<String, String> councilDetails(String council) {
        return councils.computeIfAbsent(council, key -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.putAll(properties("common/council.properties"));
            details.putAll(properties(council + "/council.properties"));
            return Map.copyOf(details);
        });
    }

    public Map<String, String> councilDetails(String council, String procedure) {
        return councils.computeIfAbsent(council + "/" + procedure, key -> {
            Map<String, String> details = new LinkedHashMap<>();
            details.putAll(properties("common/council.properties"));
            details.putAll(properties(council + "/council.properties"));
            details.putAll(properties(key + "/council.properties"));
            return Map.copyOf(details);
        });
    }

    private Map<String, String> properties(String name) {
        try {
            Object source = loader.findTemplateSource(name);
            if (source == null) {
                return Map.of();
            }
            try (Reader reader = loader.getReader(source, "UTF-8")) {
                Properties properties = new Properties();
                properties.load(reader);
                Map<String, String> values = new LinkedHashMap<>();
                properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key).trim()));
                return values;
            } finally {
                loader.closeTemplateSource(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("letters/" + name + " could not be read", e);
        }
    }

    /**
     * Whether the template is there, asked of FreeMarker's template cache (which remembers a template and its absence
     * for a few seconds) rather than of the folder and the packaged copy for every letter: each of those asks
     * searched the application's jar.
     */
    private boolean exists(String name) {
        try {
            return freemarker.getTemplate(name, null, null, true, true) != null;
        } catch (freemarker.core.ParseException e) {
            return true; // there, but not valid: filling it in says what is wrong with it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Template indentation and blank lines left by directives are not part of the letter. */
    private static String tidyBody(String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.strip()).append('\n');
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static String problem(TemplateException e) {
        String where = e.getLineNumber() == null ? "" : " (line " + e.getLineNumber() + ")";
        if (e.getBlamedExpressionString() != null) {
            return "'" + e.getBlamedExpressionString() + "' has no value" + where;
        }
        return firstLine(e.getMessage()) + where;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
