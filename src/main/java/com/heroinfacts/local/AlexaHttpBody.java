package com.heroinfacts.local;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.utils.SubTypesManifest;
import com.amazon.ask.request.UnmarshalledRequest;
import com.amazon.ask.servlet.verifiers.AlexaHttpRequest;
import com.amazon.ask.util.JsonUnmarshaller;
import com.amazon.ask.util.impl.JacksonJsonUnmarshaller;

import java.util.List;

/**
 * One HTTP request as the SDK's verifiers read it: the two signature headers, the raw body, and the body bound
 * to the SDK's model (for the timestamp), bound only when a verifier asks, and only once.
 */
final class AlexaHttpBody implements AlexaHttpRequest {

    static final String SIGNATURE_HEADER = "Signature-256";
    static final String CERTIFICATE_URL_HEADER = "SignatureCertChainUrl";

    // the binding CustomSkill uses, so that "binds" means the same here as in the skill
    private static final JsonUnmarshaller<RequestEnvelope> UNMARSHALLER = JacksonJsonUnmarshaller.withTypeBinding(
            RequestEnvelope.class, List.of("request", "type"), SubTypesManifest.getSubType(Request.class));

    private final String signature;
    private final String certificateUrl;
    private final byte[] body;
    private boolean bound;
    private RequestEnvelope envelope;

    AlexaHttpBody(String signature, String certificateUrl, byte[] body) {
        this.signature = signature;
        this.certificateUrl = certificateUrl;
        this.body = body;
    }

    @Override
    public String getBaseEncoded64Signature() {
        return signature;
    }

    @Override
    public String getSigningCertificateChainUrl() {
        return certificateUrl;
    }

    @Override
    public byte[] getSerializedRequestEnvelope() {
        return body.clone();
    }

    /** @return the bound envelope, or null when the body is not JSON or not an Alexa request */
    @Override
    public RequestEnvelope getDeserializedRequestEnvelope() {
        if (!bound) {
            bound = true;
            try {
                envelope = UNMARSHALLER.unmarshall(body).map(UnmarshalledRequest::getUnmarshalledRequest).orElse(null);
            } catch (AskSdkException notAnEnvelope) {
                envelope = null;
            }
        }
        return envelope;
    }
}
