package io.thesiswatch.stack;

/**
 * The clients OpenAPI Generator makes of each service's document (module {@code clients}), pointed at a running
 * service with a bearer token, as a mobile or web developer would set them up.
 */
final class GeneratedClients {

    private GeneratedClients() {
    }

    static io.thesiswatch.client.company.ApiClient company(String baseUrl, String token) {
        io.thesiswatch.client.company.ApiClient client = new io.thesiswatch.client.company.ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static io.thesiswatch.client.thesis.ApiClient thesis(String baseUrl, String token) {
        io.thesiswatch.client.thesis.ApiClient client = new io.thesiswatch.client.thesis.ApiClient();
        client.updateBaseUri(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** Without a token: sign-up and the email links need none. */
    static io.thesiswatch.client.alert.ApiClient alert(String baseUrl) {
        io.thesiswatch.client.alert.ApiClient client = new io.thesiswatch.client.alert.ApiClient();
        client.updateBaseUri(baseUrl);
        return client;
    }

    static io.thesiswatch.client.alert.ApiClient alert(String baseUrl, String token) {
        io.thesiswatch.client.alert.ApiClient client = alert(baseUrl);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
