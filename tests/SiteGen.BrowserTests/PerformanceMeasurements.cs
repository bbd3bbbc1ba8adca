using System.Globalization;
using System.Text.Json;
using SiteGen.BrowserTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SiteGen.BrowserTests;

/// <summary>
/// How long a filter or a search takes to update the list on a large site, and whether scrolling stays smooth,
/// measured in the page with performance.now(). Figures go to the test output and artifacts/perf.txt.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PerformanceMeasurements(SiteFixture fixture, ITestOutputHelper output)
{
    // Each update is timed twice: the handler plus forced layout, and until the next frame has been produced.
    private const string Script = @"async () => {
        const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
        const time = async f => { const t0 = performance.now(); f(); document.body.offsetHeight; const t1 = performance.now();
            await frame(); return [t1 - t0, performance.now() - t0]; };
        const out = { events: document.querySelectorAll('.tl-event').length, chips: [], search: [], clear: [] };
        const open = document.getElementById('tl-filters'); if (open && open.getAttribute('aria-expanded') !== 'true') open.click();
        const chips = [...document.querySelectorAll('.tl-chip')];
        for (const c of chips.slice(0, 8)) { out.chips.push(await time(() => c.click())); out.clear.push(await time(() => c.click())); }
        const q = document.getElementById('tl-q');
        for (const w of ['g', 'ga', 'gas', 'gas ru', '']) out.search.push(await time(() => { q.value = w; q.dispatchEvent(new Event('input')); }));
        const gaps = []; let last = performance.now(); let longTasks = 0;
        const po = new PerformanceObserver(l => longTasks += l.getEntries().length); po.observe({ type: 'longtask' });
        for (let i = 0; i < 120; i++) { scrollBy(0, 400); await new Promise(r => requestAnimationFrame(r)); const n = performance.now(); gaps.push(n - last); last = n; }
        po.disconnect();
        out.scroll = { frames: gaps.length, maxFrameMs: Math.max(...gaps), meanFrameMs: gaps.reduce((a, b) => a + b) / gaps.length, longTasks };
        return JSON.stringify(out); }";

    [MeasureFact]
    public async Task Filter_search_and_scroll_timings_on_a_large_site()
    {
        var dir = MeasureFactAttribute.SiteDirectory!;
        var site = await SiteFixture.ServeAsync("large", new BuiltSite(dir, SiteBuild.BasePath, [], "", null));
        await using var server = site.Server;
        await using var s = await fixture.OpenAsync(site, Reader.Desktop);
        var load = DateTime.UtcNow;
        await s.GoAsync();
        var loadMs = (DateTime.UtcNow - load).TotalMilliseconds;
        var json = await s.Page.EvaluateAsync<string>(Script);
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        var lines = new List<string>
        {
            $"events on the page: {r.GetProperty("events").GetInt32()}; page load incl. script: {loadMs:0} ms (wall clock, from the test)",
            Summary("chip on", r.GetProperty("chips")),
            Summary("chip off", r.GetProperty("clear")),
            Summary("search keystroke", r.GetProperty("search")),
            "scroll: " + r.GetProperty("scroll").GetRawText(),
            $"load average: {File.ReadAllText("/proc/loadavg").Trim()}",
        };
        foreach (var line in lines) output.WriteLine(line);
        File.WriteAllLines(Artifacts.PathFor("perf.txt"), lines);
        TimelinePage.AssertClean(s);
    }

    private static string Summary(string what, JsonElement pairs)
    {
        var sync = pairs.EnumerateArray().Select(p => p[0].GetDouble()).Order().ToList();
        var frame = pairs.EnumerateArray().Select(p => p[1].GetDouble()).Order().ToList();
        string Stats(List<double> v) => string.Create(CultureInfo.InvariantCulture,
            $"median {v[v.Count / 2]:0.0} ms, max {v[^1]:0.0} ms");
        return $"{what} (n={sync.Count}): update+layout {Stats(sync)}; to next frame {Stats(frame)}";
    }
}
