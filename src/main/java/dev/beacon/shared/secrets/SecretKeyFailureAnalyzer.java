package dev.beacon.shared.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a secret-key problem as the operator's sentence instead of a page of stack trace. */
class SecretKeyFailureAnalyzer extends AbstractFailureAnalyzer<SecretKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecretKeyException cause) {
        return new FailureAnalysis(cause.problem() + ".", Character.toUpperCase(cause.action().charAt(0))
                + cause.action().substring(1) + ".", cause);
    }
}
