package org.tarjima.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses webhook URLs that would make the server call into its own networks (server-side request forgery: a
 * manager must not be able to reach the database, a cloud metadata service or an admin port through Tarjima).
 * Checked when a webhook is created and again before every delivery, since a name may resolve elsewhere later.
 * {@code tarjima.webhooks.allow-local=true} (TARJIMA_WEBHOOKS_ALLOW_LOCAL) lifts the address check for
 * installations whose subscribers live next to them.
 */
@Component
public class WebhookUrls {

    private final boolean allowLocal;

    WebhookUrls(@Value("${tarjima.webhooks.allow-local:false}") boolean allowLocal) {
        this.allowLocal = allowLocal;
    }

    /**
     * The URL, parsed, when Tarjima may call it.
     *
     * @throws WebhookUrlRefusedException (400 in the API) with the reason
     */
    public URI check(String url) {
        String text = url == null ? "" : url.strip();
        if (text.isEmpty() || text.length() > NewWebhook.URL_MAX_LENGTH) {
            throw new WebhookUrlRefusedException("webhooks.error.url", "A webhook URL is an http or https address of 1 to "
                    + NewWebhook.URL_MAX_LENGTH + " characters", NewWebhook.URL_MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new WebhookUrlRefusedException("webhooks.error.url", "'" + text + "' is not a URL: " + e.getReason(),
                    NewWebhook.URL_MAX_LENGTH);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new WebhookUrlRefusedException("webhooks.error.url",
                    "A webhook URL is an http or https address with a host name (and no user name or password in it)",
                    NewWebhook.URL_MAX_LENGTH);
        }
        if (!allowLocal) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException e) {
                throw new WebhookUrlRefusedException("webhooks.error.unknownHost",
                        "The host '" + uri.getHost() + "' cannot be resolved", uri.getHost());
            }
            for (InetAddress address : addresses) {
                if (isLocal(address)) {
                    throw new WebhookUrlRefusedException("webhooks.error.localAddress", "The host '" + uri.getHost()
                            + "' resolves to " + address.getHostAddress() + ", an address of the server's own or private "
                            + "networks; webhooks are only sent to public addresses (set TARJIMA_WEBHOOKS_ALLOW_LOCAL=true "
                            + "to allow local ones)", uri.getHost(), address.getHostAddress());
                }
            }
        }
        return uri;
    }

    /** Loopback, unspecified, link-local (169.254/16, fe80::/10), private (RFC 1918, fc00::/7) or multicast. */
    static boolean isLocal(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6;
    }
}
