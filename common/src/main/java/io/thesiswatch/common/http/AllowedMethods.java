package io.thesiswatch.common.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which methods each path of this service answers, for the {@code Allow} header of a 405 (the JAX-RS runtime
 * answers 405 without it). Read once from the resource classes: their {@code @Path} and their methods'
 * {@code @GET}, {@code @POST}, ... annotations.
 */
@Singleton
public class AllowedMethods {

    private record Route(Pattern path, String method) {
    }

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root != null) {
                add(root.value(), bean.getBeanClass());
            }
        }
    }

    private void add(String root, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(template(root, sub == null ? "" : sub.value()), http.value()));
                }
            }
        }
    }

    /** {@code /api/v1/companies/{code}} as a pattern that matches {@code /api/v1/companies/NVDA}. */
    private static Pattern template(String root, String sub) {
        String path = normalized(root + "/" + sub);
        StringBuilder regex = new StringBuilder();
        for (String part : path.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** One leading slash, no doubled or trailing ones. */
    private static String normalized(String path) {
        return ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
    }

    /** The methods {@code path} answers, as an {@code Allow} value ({@code DELETE, GET, HEAD, OPTIONS, PUT}). */
    public String allowFor(String path) {
        String requested = normalized(path);
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (route.path().matcher(requested).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        if (!methods.isEmpty()) {
            methods.add(HttpMethod.OPTIONS);
        }
        return String.join(", ", methods);
    }
}
