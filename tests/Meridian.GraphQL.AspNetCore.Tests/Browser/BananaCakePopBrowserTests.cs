using Meridian.AspNetCore;
using Meridian.GraphQL.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Meridian.GraphQL.AspNetCore.Tests.Browser;

/// <summary>
/// Banana Cake Pop in Debian's Chromium, as a person uses it: open <c>/graphql</c>, wait for the schema, run a query,
/// start a subscription over the WebSocket and see an event arrive. Screenshots land in the test output folder.
/// </summary>
public sealed class BananaCakePopBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps dialling out, which this offline machine refuses.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    [Fact]
    public async Task The_ide_loads_the_schema_runs_a_query_and_shows_a_subscription_event()
    {
        Assert.True(File.Exists(Chromium), $"The browser test needs Chromium at {Chromium} (scripts/install-test-dependencies.sh installs it).");
        await using var server = await GraphQLTestServer.StartAsync(
            (services, _) => services.AddGraphQLWebSockets(),
            configurePipeline: app => app.UseWebSockets());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ChromiumArguments,
        });

        // The IDE's service worker reloads the page once it has cached it; blocking it keeps the page steady.
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var screenshots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        await page.GotoAsync(new Uri(server.Address, "/graphql").ToString());
        await page.GetByText("Create Document").ClickAsync();
        await page.GetByText("Schema available").WaitForAsync();

        var editor = page.Locator(".monaco-editor").First;
        await editor.ClickAsync();
        await page.Keyboard.TypeAsync("{ hello");
        await RunOperationAsync(page);
        await page.GetByText("Hello, world!").First.WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "bcp-query.png") });

        await editor.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.PressAsync("Delete");
        await page.Keyboard.TypeAsync("subscription { bookAdded { title }");
        var subscribe = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text?.Contains("\"type\":\"subscribe\"", StringComparison.Ordinal) == true)
            {
                subscribe.TrySetResult(frame.Text);
            }
        };
        await RunOperationAsync(page);
        Assert.Contains("bookAdded", await subscribe.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        await PublishUntilShownAsync(server, page, "Seen in the browser");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(screenshots, "bcp-subscription.png") });
        Assert.True(File.Exists(Path.Combine(screenshots, "bcp-subscription.png")));
    }

    // The subscribe message is out, but the server subscribes to the topic a moment later and the in-process pub/sub
    // keeps no events for absent subscribers: publish again (a bounded number of times) until the page shows one.
    private static async Task PublishUntilShownAsync(GraphQLTestServer server, IPage page, string title)
    {
        var shown = page.GetByText(title).First;
        for (var attempt = 1; ; attempt++)
        {
            using var mutation = await server.PostQueryAsync($"mutation {{ addBook(title: \"{title}\") {{ id }} }}");
            Assert.True(mutation.IsSuccessStatusCode);
            try
            {
                await shown.WaitForAsync(new LocatorWaitForOptions { Timeout = 2_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 10)
            {
            }
        }
    }

    // The editor passes its text on after a short pause; running at once would send the previous text.
    private static async Task RunOperationAsync(IPage page)
    {
        await page.WaitForTimeoutAsync(1000);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Run Operation" }).ClickAsync();
    }
}
