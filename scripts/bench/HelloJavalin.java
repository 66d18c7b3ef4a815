import io.javalin.Javalin;

/**
 * The ceiling for scripts/bench-rest.sh: the same Javalin, JVM and load tool as the product, with a
 * handler that does nothing. Run from source: java -cp storage-shares.jar HelloJavalin.java PORT
 */
public class HelloJavalin {
    public static void main(String[] args) {
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = Integer.parseInt(args[0]);
            cfg.routes.get("/hello", ctx -> ctx.result("hello"));
        }).start();
    }
}
