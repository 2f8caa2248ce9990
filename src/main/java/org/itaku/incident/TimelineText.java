package org.itaku.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Words a timeline event from the message bundles in the reader's language: {@code incident.event.<code>} with its
 * parameters, where a {@code msg:} parameter is a message key (several joined by 「、」) and a whole number is
 * passed as a number, so that patterns may format it with separators ({@code {0,number,#,##0}}).
 */
@Component
public class TimelineText {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,18}");
    private static final String MSG = "msg:";

    private final MessageSource messages;

    TimelineText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(TimelineEntry e, Locale locale) {
        return render(e.code(), e.params(), locale);
    }

    String japanese(IncidentCase.Event e) {
        return render(e.code(), e.params(), Locale.JAPANESE);
    }

    String render(String code, List<String> params, Locale locale) {
        Object[] args = new Object[params.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(params.get(i), locale);
        }
        return messages.getMessage("incident.event." + code, args, locale);
    }

    private Object argument(String param, Locale locale) {
        if (param.startsWith(MSG)) {
            List<String> words = new ArrayList<>();
            for (String key : param.split("、")) {
                String k = key.startsWith(MSG) ? key.substring(MSG.length()) : key;
                words.add(messages.getMessage(k, null, k, locale));
            }
            return String.join("ja".equals(locale.getLanguage()) ? "、" : ", ", words);
        }
        if (NUMBER.matcher(param).matches()) {
            return Long.valueOf(param);
        }
        return param;
    }
}
