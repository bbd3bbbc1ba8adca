using Xunit;

namespace SiteGen.Tests.Loading;

/// <summary>Document dates of the seeds as the temporal tagger finds them through the loader (no front matter, no file times).</summary>
public class SeedDateTests
{
    [Theory]
    [InlineData("000", "2022-02-04T15:36", false)]
    [InlineData("001", "2022-02", false)]
    [InlineData("002", "2021-12", false)]
    [InlineData("003", "2022-03", false)]
    [InlineData("004", "2024", true)]
    public void Seed_document_dates(string seed, string value, bool estimated)
    {
        var date = Seeds.Load(seed).Date;
        Assert.NotNull(date);
        Assert.Equal((value, estimated), (date.Value, date.Estimated));
    }
}
