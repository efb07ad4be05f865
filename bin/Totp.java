// Prints the current TOTP code (RFC 6238: HMAC-SHA1, 30 s, 6 digits) of a Base32 secret.
// Usage: java bin/Totp.java BASE32SECRET      (Java 11+, no build needed)
// For demos and curl only: a real second factor lives in an authenticator app on a phone.
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;

public class Totp {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java bin/Totp.java BASE32SECRET");
            System.exit(2);
        }
        long now = System.currentTimeMillis() / 1000;
        long step = now / 30;
        byte[] counter = new byte[8];
        for (int i = 7, s = 0; i >= 0; i--, s += 8) {
            counter[i] = (byte) (step >>> s);
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(base32(args[0]), "HmacSHA1"));
        byte[] h = mac.doFinal(counter);
        int o = h[h.length - 1] & 0x0f;
        int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
        System.out.printf("%06d%n", bin % 1_000_000);
        System.err.printf("(valid for %d more seconds)%n", 30 - now % 30);
    }

    static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toUpperCase().replaceAll("[=\\s-]", "").toCharArray()) {
            int v = alphabet.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not a Base32 secret: " + text);
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
