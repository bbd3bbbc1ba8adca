using SiteGen.Progress;
using Xunit;

namespace SiteGen.Tests.Progress;

public sealed class BuildProgressTests
{
    [Theory]
    [InlineData(true, false, null, ProgressMode.None)]
    [InlineData(false, true, null, ProgressMode.Lines)]
    [InlineData(false, false, "true", ProgressMode.Lines)]
    [InlineData(false, false, "", ProgressMode.Live)]
    [InlineData(false, false, null, ProgressMode.Live)]
    public void Live_bars_only_on_an_interactive_terminal_outside_CI(bool quiet, bool redirected, string? ci, ProgressMode expected) =>
        Assert.Equal(expected, BuildProgress.ModeFor(quiet, redirected, ci));

    [Fact]
    public void Plain_lines_name_each_stage_and_its_time_and_the_timings_are_kept_for_the_profile()
    {
        var output = new StringWriter();
        var timings = BuildProgress.Run(ProgressMode.Lines, output, progress =>
        {
            using (var stage = progress.Start("load", 100))
                Parallel.For(0, 100, _ => stage.Advance());
            using (progress.Start("render", 3)) { }
            return progress.Timings;
        });

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("load: 100 ...", lines[0]);
        Assert.StartsWith("load: done in ", lines[1]);
        Assert.Equal("render: 3 ...", lines[2]);
        Assert.Equal(["load", "render"], timings.Select(t => t.Name));
        Assert.Equal(100, timings[0].Items);
    }

    [Fact]
    public void A_stage_records_what_was_allocated_while_it_ran_and_the_verbose_form_shows_it()
    {
        var timings = BuildProgress.Run(ProgressMode.Lines, new StringWriter(), progress =>
        {
            using (progress.Start("render", 1))
                GC.KeepAlive(new byte[16 << 20]);
            using (progress.Start("write", 1)) { }
            return progress.Timings;
        });

        Assert.InRange(timings[0].Allocated, 16L << 20, long.MaxValue);
        Assert.InRange(timings[1].Allocated, 0L, 1L << 20);
        Assert.Matches(@"^render \d+ ms \((1[6-9]|[2-9]\d|\d{3,}) MB\)$", timings[0].Brief);
    }

    [Fact]
    public void Quiet_builds_print_nothing()
    {
        var output = new StringWriter();
        BuildProgress.Run(ProgressMode.None, output, progress =>
        {
            using var stage = progress.Start("load", 1);
            stage.Advance();
            return 0;
        });
        Assert.Equal("", output.ToString());
    }
}
