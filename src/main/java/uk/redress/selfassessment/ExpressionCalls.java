package uk.redress.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calls a diagram's expressions make to Redress's beans ({@code deadlines.open(execution, 'stage1-response',
 * receivedOn, 10)}), argument by argument, and resolves an argument through a call activity's inputs where the
 * shared stage names a variable ({@code clock}, {@code maxWorkingDays}).
 */
final class ExpressionCalls {

    /** What an argument that names nothing the diagram fixes reads as: a value only known at run time. */
    static final String AT_RUN_TIME = "?";

    private ExpressionCalls() {
    }

    /** The arguments of every call of {@code function} (e.g. {@code deadlines.open}) in the expression. */
    static List<List<String>> calls(String expression, String function) {
        List<List<String>> calls = new ArrayList<>();
        if (expression == null) {
            return calls;
        }
        Matcher at = Pattern.compile(Pattern.quote(function) + "\\(").matcher(expression);
        while (at.find()) {
            calls.add(arguments(expression, at.end()));
        }
        return calls;
    }

    private static List<String> arguments(String text, int start) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        StringBuilder current = new StringBuilder();
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ')' && depth == 0) {
                break;
            }
            if (c == ',' && depth == 0) {
                arguments.add(current.toString().trim());
                current.setLength(0);
                continue;
            }
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            current.append(c);
        }
        arguments.add(current.toString().trim());
        return arguments;
    }

    /**
     * An argument's value as the diagram fixes it: a quoted name without its quotes, a number, {@code null}, a
     * variable given by the call activity's input of that name, or {@link #AT_RUN_TIME} prefixed to the argument.
     */
    static String resolve(String argument, Map<String, String> inputs) {
        String text = argument.trim();
        if (text.startsWith("${") && text.endsWith("}")) {
            text = text.substring(2, text.length() - 1).trim();
        }
        if (text.matches("'[^']*'")) {
            return text.substring(1, text.length() - 1);
        }
        if (text.matches("[0-9]+") || text.equals("null")) {
            return text.equals("null") ? null : text;
        }
        if (inputs.containsKey(text)) {
            return resolve(inputs.get(text), Map.of());
        }
        return AT_RUN_TIME + text;
    }

    static Integer number(String value) {
        return value != null && value.matches("[0-9]+") ? Integer.valueOf(value) : null;
    }
}
