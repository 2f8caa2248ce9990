package org.itaku.entrustment.web;

import java.util.List;
import java.util.Locale;

import org.itaku.entrustment.ImportError;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders what the register's domain code reports as codes and parameters (import errors, refused values) in the
 * reader's language, from the entrustment bundle. The request's locale (the language cookie, Japanese by default)
 * decides; the command line asks for Japanese.
 */
@Component
class RegisterMessages {

    /** One import error as a reader sees it: where, the code and its parameters, and the rendered text. */
    record ErrorView(long row, String column, String code, List<Object> args, String message) {
    }

    private final MessageSource messages;

    RegisterMessages(MessageSource messages) {
        this.messages = messages;
    }

    String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** A refusal's text: rendered from its code when it has one, else its own message. */
    String text(RuntimeException e) {
        return e instanceof MessageSourceResolvable r ? text(r) : e.getMessage();
    }

    List<ErrorView> errors(List<ImportError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        return errors.stream().map(e -> new ErrorView(e.row(), e.column(), e.code(), e.args(),
                messages.getMessage(e, locale))).toList();
    }
}
