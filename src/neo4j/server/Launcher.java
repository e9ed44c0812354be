import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * The project's local Neo4j 5 Community server: the embedded DBMS plus its Bolt
 * connector on 127.0.0.1. Usage: Launcher <homeDir> <port> [pageCache].
 * Env: NEO4J_PASSWORD (default "diplograph-dev") for user neo4j.
 * Prints "READY bolt://127.0.0.1:<port>" once the default database is usable;
 * process.ts waits for that line.
 */
public final class Launcher {
  private static final String DEFAULT_PASSWORD = "diplograph-dev";

  public static void main(String[] args) {
    try {
      run(args);
    } catch (Throwable t) {
      // Any failure must end the JVM: DBMS threads would otherwise keep it alive without READY.
      System.out.println("ERROR " + t);
      t.printStackTrace();
      System.exit(1);
    }
  }

  private static void run(String[] args) throws InterruptedException, IOException {
    if (args.length < 2) {
      System.err.println("usage: Launcher <homeDir> <port> [pageCache]");
      System.exit(64);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String pageCache = args.length > 2 ? args[2] : "256m";
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", DEFAULT_PASSWORD);
    if (password.length() < 8) {
      // Neo4j 5 rejects shorter passwords; fail here with a clear message.
      System.err.println("ERROR NEO4J_PASSWORD must be at least 8 characters");
      System.exit(64);
    }

    // LOAD CSV reads file:/// URLs from <home>/import only, as a packaged Neo4j does: the embedded
    // default would read any file on the machine. The CSV export's README tells users to copy there.
    Path importDir = Files.createDirectories(home.resolve("import"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir)
        .setConfig(GraphDatabaseSettings.allow_file_urls, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
        // Preallocated 250 MB tx logs are wasted disk on dev machines and CI.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        // Netty's default 5 s quiet period (twice) made every stop take ~11 s.
        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .build();

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("STOPPING");
      dbms.shutdown();
      System.out.println("STOPPED");
      System.out.flush();
    }, "diplograph-neo4j-shutdown"));

    setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    while (!db.isAvailable(1000)) {
      System.out.println("waiting for database " + GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }
    System.out.println("READY bolt://127.0.0.1:" + port);
    System.out.flush();
    // The DBMS threads keep the JVM alive; SIGTERM runs the shutdown hook.
    Thread.currentThread().join();
  }

  /** The env password is authoritative: set it on every start, without a forced change. */
  private static void setPassword(GraphDatabaseService system, String password) {
    while (!system.isAvailable(1000)) {
      System.out.println("waiting for system database");
    }
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Re-setting the current password is refused; that means it is already right.
      String msg = String.valueOf(e.getMessage());
      if (!msg.contains("cannot be the same")) {
        throw e;
      }
    }
  }
}
