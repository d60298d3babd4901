using System.Diagnostics;
using System.Text.Json;
using Meridian.GraphQL.AspNetCore.Tests.Hosting;

namespace Meridian.GraphQL.AspNetCore.Tests.WebSockets;

/// <summary>
/// The graphql-ws client library (npm graphql-ws 6.4.2, run by node) against a test server: proof that a real
/// client works, not only our reading of the protocol. The node script and its lockfile are in <c>node/</c>.
/// </summary>
public sealed class GraphQLWsClientLibraryTests(ChatServerFixture fixture) : IClassFixture<ChatServerFixture>
{
    [Fact]
    public async Task The_graphql_ws_library_runs_queries_mutations_and_subscriptions()
    {
        var room = ChatServerFixture.NewRoom();
        var directory = await NodeClient.EnsureInstalledAsync();

        var output = await NodeClient.RunAsync(directory, "client.mjs", fixture.Server.WebSocketUri.ToString(), room, TestTokens.Create("node"));

        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("""[{"data":{"hello":"world","me":"node"}}]""", root.GetProperty("query").GetRawText());
        Assert.Equal("""[{"data":{"countdown":3}},{"data":{"countdown":2}},{"data":{"countdown":1}}]""", root.GetProperty("countdown").GetRawText());
        Assert.Equal("""[{"data":{"send":{"text":"from graphql-ws"}}}]""", root.GetProperty("mutation").GetRawText());
        Assert.Equal("""{"data":{"messageAdded":{"text":"from graphql-ws"}}}""", root.GetProperty("event").GetRawText());

        // The library rejects an operation that got an error message with the GraphQL errors themselves.
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal("Cannot query field \"nope\" on type \"Query\".", error.GetProperty("message").GetString());
        await fixture.Server.WaitForSubscribersAsync(ChatSchema.Topic(room), 0);
    }
}

/// <summary>Installs the node client's packages once (npm ci from the lockfile) and runs its scripts, bounded in time.</summary>
internal static class NodeClient
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> EnsureInstalledAsync()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "node");
        await Gate.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(directory, "node_modules", "graphql-ws")))
            {
                await RunProcessAsync(directory, "npm", TimeSpan.FromMinutes(3), "ci", "--no-audit", "--no-fund");
            }
        }
        finally
        {
            Gate.Release();
        }

        return directory;
    }

    public static Task<string> RunAsync(string directory, string script, params string[] arguments) =>
        RunProcessAsync(directory, "node", TimeSpan.FromSeconds(30), [script, .. arguments]);

    private static async Task<string> RunProcessAsync(string directory, string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException($"{program} is not installed; the graphql-ws client test needs Node.js 20 or later and npm.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout}: {await error}");
            }

            Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
            return await output;
        }
    }
}
