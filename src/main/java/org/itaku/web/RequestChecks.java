package org.itaku.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks that every list takes the same way, before any controller: {@code page} and {@code size} must be whole
 * numbers in range ({@code ?page=1000000000} overflowed the row offset and answered 500), and {@code /error} asked
 * for directly (not as the target of an error) is not a page at all (it answered the non-status 999). Both answer
 * 400 / 404 with a problem body (issue 10, finding 6).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestChecks extends OncePerRequestFilter {

    static final int MAX_PAGE = 100_000;
    static final int MAX_SIZE = 1_000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only direct requests reach here: error dispatches are not filtered (shouldNotFilterErrorDispatch).
        if (request.getRequestURI().equals(request.getContextPath() + "/error")) {
            problem(response, HttpStatus.NOT_FOUND, "There is no page here.");
            return;
        }
        String page = request.getParameter("page");
        if (page != null && !inRange(page, 0, MAX_PAGE)) {
            problem(response, HttpStatus.BAD_REQUEST, "page must be a whole number from 0 to " + MAX_PAGE
                    + " (ページ番号は0から" + MAX_PAGE + "までの整数で指定してください)");
            return;
        }
        String size = request.getParameter("size");
        if (size != null && !inRange(size, 1, MAX_SIZE)) {
            problem(response, HttpStatus.BAD_REQUEST, "size must be a whole number from 1 to " + MAX_SIZE
                    + " (件数は1から" + MAX_SIZE + "までの整数で指定してください)");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean inRange(String value, int min, int max) {
        if (value.isEmpty() || value.length() > 7 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int n = Integer.parseInt(value);
        return n >= min && n <= max;
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
