package dev.beacon.evaluation.api;

import dev.beacon.evaluation.CaseImportException;
import dev.beacon.evaluation.ImportProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * An import with problems answers 400 problem+json listing them: {"problems": [{"line": 7, "field": "expected",
 * "message": "..."}]}; line 0 means the file as a whole.
 */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseImportErrors {

    @ExceptionHandler(CaseImportException.class)
    ProblemDetail invalidFile(CaseImportException e) {
        List<ImportProblem> problems = e.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The file has "
                + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + "; nothing was imported. Fix the lines named in 'problems' and import the whole file again.");
        problem.setTitle("Invalid case file");
        problem.setProperty("problems", problems);
        return problem;
    }
}
