package org.corpuslint.report;

import org.corpuslint.model.Finding;
import org.corpuslint.model.Position;

/**
 * GitHub Actions workflow commands that turn findings into annotations on the run and the pull
 * request: {@code ::error file=..,line=..,col=..,endLine=..,endColumn=..,title=..::message}.
 * Errors become {@code error}, warnings {@code warning}, info {@code notice}. End columns are
 * inclusive here, as GitHub draws them. Values are escaped as the Actions runner unescapes
 * them, so document text quoted in a message can neither break the line nor start a command.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {}

    /** One workflow command for {@code f}; {@code file} is the path relative to the checkout. */
    public static String line(Finding f, String file) {
        Position start = f.start();
        Position end = f.end();
        int endLine = Math.max(start.line(), end.line());
        int endColumn = end.line() == start.line()
                ? Math.max(start.column(), end.column() - 1) : end.column();
        StringBuilder line = new StringBuilder("::").append(command(f)).append(' ');
        line.append("file=").append(property(file))
                .append(",line=").append(start.line())
                .append(",col=").append(start.column())
                .append(",endLine=").append(endLine)
                .append(",endColumn=").append(endColumn)
                .append(",title=").append(property(f.ruleId() + " (" + ToolInfo.NAME + ")"))
                .append("::").append(data(ConsoleReport.messageWithSuggestion(f)));
        return line.toString();
    }

    private static String command(Finding f) {
        return switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message part: {@code %}, CR and LF escaped; other control characters blanked. */
    static String data(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '\r' -> out.append("%0D");
                case '\n' -> out.append("%0A");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** A property value: as {@link #data}, and {@code :} and {@code ,} escaped too. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
