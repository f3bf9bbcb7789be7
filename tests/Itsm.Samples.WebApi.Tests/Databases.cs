using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Itsm.Tests.Shared;
using Npgsql;

namespace Itsm.Samples.WebApi.Tests;

/// <summary>
/// The databases the persistence tests run against: SQLite always (a new file per test), PostgreSQL when a server can be
/// had: the one <c>ITSM_TEST_POSTGRES</c> names (CI starts one, <c>.ci/postgres.sh</c>), or else one this test run starts
/// with that script and stops at the end. Each test gets a database of its own. When no server can be started, the
/// PostgreSQL cases are skipped with the reason.
/// </summary>
internal static class Databases
{
    public const string Sqlite = "sqlite";

    public const string Postgres = "postgres";

    /// <summary>Both databases, for <c>[SkippableTheory, MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]</c>.</summary>
    public static TheoryData<string> Both => [Sqlite, Postgres];

    private static readonly Lazy<PostgresServer> Server = new(PostgresServer.Find, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Command-line settings that point the API at a new, empty database of the kind.</summary>
    public static async Task<string[]> NewAsync(string database)
    {
        switch (database)
        {
            case Sqlite:
                string file = Path.Combine(Path.GetTempPath(), $"itsm-webapi-{Guid.NewGuid():N}.db");
                return [$"--ConnectionStrings:Sqlite=Data Source={file};Pooling=false"];
            case Postgres:
                var server = Server.Value;
                Skip.If(server.ConnectionString is null, server.Unavailable);
                string name = "itsm_" + Guid.NewGuid().ToString("N");
                await using (var connection = new NpgsqlConnection(server.ConnectionString))
                {
                    await connection.OpenAsync();
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                    await create.ExecuteNonQueryAsync();
                }

                var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
                return [$"--ConnectionStrings:Postgres={builder.ConnectionString}"];
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database, "sqlite or postgres");
        }
    }

    private sealed class PostgresServer
    {
        public string? ConnectionString { get; private init; }

        public string Unavailable { get; private init; } = string.Empty;

        public static PostgresServer Find()
        {
            if (Environment.GetEnvironmentVariable("ITSM_TEST_POSTGRES") is { Length: > 0 } given)
            {
                return new PostgresServer { ConnectionString = given };
            }

            // No server given: start one with the script CI uses, and stop it when the test process ends.
            string script = Path.Combine(LifecycleDocs.RepositoryRoot(), ".ci", "postgres.sh");
            var start = new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            var settings = new Dictionary<string, string>();
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                settings[line[..eq]] = line[(eq + 1)..].Trim('\'');
            }

            if (process.ExitCode != 0 || !settings.TryGetValue("ITSM_TEST_POSTGRES", out var connection))
            {
                return new PostgresServer
                {
                    Unavailable = $"PostgreSQL tests skipped: ITSM_TEST_POSTGRES is not set and .ci/postgres.sh could not start a server (exit {process.ExitCode}): {errors.Trim()}",
                };
            }

            string data = settings["ITSM_TEST_POSTGRES_DATA"];
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Process.Start("bash", [script, "stop", data])?.WaitForExit();
            return new PostgresServer { ConnectionString = connection };
        }
    }
}
