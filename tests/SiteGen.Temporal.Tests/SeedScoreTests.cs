using Xunit;

namespace SiteGen.Temporal.Tests;

/// <summary>The bar on the five seed articles, scored by the C# port of score.py against a copy of the gold file.</summary>
public class SeedScoreTests
{
    [Fact]
    public void Seeds_score_above_the_bar()
    {
        var score = SeedScorer.Run(Path.Combine(AppContext.BaseDirectory, "TestData", "seeds.gold.jsonl"), SeedsDirectory(),
            TemporalTagger.Create("nl"));
        Assert.True(score.F1 >= 0.95, score.ToString());
        Assert.True(score.ValueAccuracy >= 0.95, score.ToString());
        Assert.True(score.Dct == 1.0, score.ToString());
        Assert.Equal(5, score.Articles);
    }

    [Fact]
    public void The_scorer_counts_misses_and_extras()
    {
        // a tagger that finds nothing must score zero, so the bar above can fail
        Assert.False(SeedScorer.Consistent(null, "2022"));
        Assert.True(SeedScorer.Consistent("2022-02", "2022-02-04"));
        Assert.False(SeedScorer.Consistent("2022-0", "2022-02-04"));
        Assert.Equal((14, 19), SeedScorer.FindSpan("Internationaal4 feb '22 15:36x", "4 feb", 1));
        Assert.Null(SeedScorer.FindSpan("vandaag", "vandaag", 2));
    }

    public static string SeedsDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) dir = dir.Parent;
        Assert.True(dir is not null, "SiteGen.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "seeds");
    }
}
