package newsgraph.neo4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j's embedded DBMS with the Bolt connector on 127.0.0.1:PORT.
 *
 * <p>Usage: {@code Launcher HOME_DIR PORT PASSWORD [READY_FILE]}. Authentication is on;
 * the {@code neo4j} user's password is set to PASSWORD (at least 8 characters) through
 * {@code ALTER USER} on the system database. When Bolt is ready the launcher prints
 * {@code READY bolt://127.0.0.1:PORT} and writes that URI to READY_FILE. It shuts the DBMS
 * down cleanly on SIGTERM/SIGINT (a JVM shutdown hook).
 *
 * <p>API: https://neo4j.com/docs/java-reference/current/java-embedded/bolt/
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: Launcher HOME_DIR PORT PASSWORD [READY_FILE]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        Path ready = args.length > 3 ? Path.of(args[3]) : null;
        if (password.length() < 8) {
            System.err.println("error: the Neo4j password must have at least 8 characters");
            System.exit(2);
        }
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        Long.getLong("newsgraph.pagecache", 512L * 1024 * 1024))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping Neo4j");
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                java.util.Map.of("password", password));

        String uri = "bolt://127.0.0.1:" + port;
        if (ready != null) {
            Path tmp = ready.resolveSibling(ready.getFileName() + ".tmp");
            Files.writeString(tmp, uri + "\n");
            Files.move(tmp, ready, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.println("READY " + uri);
        System.out.flush();
        stopped.await();
    }
}
