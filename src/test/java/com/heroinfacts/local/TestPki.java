package com.heroinfacts.local;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A certificate authority made for one test run, and a signing certificate it issued, shaped like Alexa's:
 * RSA, SHA-256, for TLS servers, naming echo-api.amazon.com. Certificates and signatures are made with
 * BouncyCastle and the JDK; nothing here is hand-rolled.
 */
final class TestPki {

    static final String ECHO_API = "echo-api.amazon.com";
    static final char[] STORE_PASSWORD = "changeit".toCharArray();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final X509Certificate root;
    private final KeyPair rootKeys;
    private final X509Certificate signer;
    private final KeyPair signerKeys;

    private TestPki(X509Certificate root, KeyPair rootKeys, X509Certificate signer, KeyPair signerKeys) {
        this.root = root;
        this.rootKeys = rootKeys;
        this.signer = signer;
        this.signerKeys = signerKeys;
    }

    /** A new root and a signer it issued for {@code dnsName}. */
    static TestPki issue(String dnsName) {
        try {
            KeyPair rootKeys = rsa();
            return new TestPki(rootCertificate(rootKeys), rootKeys, null, null).sibling(dnsName);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make test certificates", e);
        }
    }

    /** Another signer from the same root, for {@code dnsName}. */
    TestPki sibling(String dnsName) {
        try {
            KeyPair keys = rsa();
            return new TestPki(root, rootKeys, signerCertificate(root, rootKeys, keys, dnsName), keys);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make test certificates", e);
        }
    }

    /** The chain as Amazon serves it at the SignatureCertChainUrl: signer first, then the issuer, in PEM. */
    String chainPem() {
        return pem(signer) + pem(root);
    }

    /** The root alone, as a PKCS12 trust store the JDK can be pointed at. */
    Path writeTrustStore(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("heroin-facts-test-root", root);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, STORE_PASSWORD);
        }
        return file;
    }

    /** The Signature-256 header for this body: SHA256withRSA by the signer's key, base64. */
    String sign(byte[] body) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(signerKeys.getPrivate());
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static X509Certificate rootCertificate(KeyPair keys) throws GeneralSecurityException, IOException, OperatorCreationException {
        X500Name name = new X500Name("CN=Heroin Facts test root " + SERIALS.get());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), notBefore(), notAfter(), name,
                keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        return certificate(builder, keys);
    }

    private static X509Certificate signerCertificate(X509Certificate root, KeyPair rootKeys, KeyPair keys, String dnsName)
            throws GeneralSecurityException, IOException, OperatorCreationException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root, serial(), notBefore(), notAfter(),
                new X500Name("CN=" + dnsName), keys.getPublic());
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(new GeneralName(GeneralName.dNSName, dnsName)));
        builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(root));
        builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
        return certificate(builder, rootKeys);
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, KeyPair issuerKeys)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet());
    }

    private static Date notBefore() {
        return Date.from(Instant.now().minus(Duration.ofDays(1)));
    }

    private static Date notAfter() {
        return Date.from(Instant.now().plus(Duration.ofDays(30)));
    }

    private static String pem(X509Certificate certificate) {
        try {
            String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
