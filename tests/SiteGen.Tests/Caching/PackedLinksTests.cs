using SiteGen.Caching.ByContent;
using SiteGen.Caching.Store;
using SiteGen.Verification;
using SiteGen.Verification.Model;
using Xunit;

namespace SiteGen.Tests.Caching;

/// <summary>
/// A page's links packed for the verdict cache read back exactly, and each URL shares the longest start any earlier
/// URL of the page offers, found without comparing it with every earlier one (a timeline page of a large archive has
/// tens of thousands of links).
/// </summary>
public sealed class PackedLinksTests
{
    private static List<PageLink> Links(int count)
    {
        var random = new Random(7);
        var links = new List<PageLink>();
        for (var i = 0; i < count; i++)
        {
            var url = random.Next(6) switch
            {
                0 => $"/repo/artikelen/stuk-{random.Next(count / 3)}/",
                1 => $"/repo/artikelen/stuk-{random.Next(count / 3)}/#z-{random.Next(5000)}",
                2 => $"/repo/tijdlijn/20{random.Next(10, 25)}/{random.Next(1, 13):00}/#e-{random.Next(900)}",
                3 => $"/repo/actoren/{(char)('a' + random.Next(26))}{random.Next(40)}/",
                4 => i > 0 ? links[random.Next(i)].Url : "/repo/", // the same URL again
                _ => $"/repo/tags/😀{random.Next(3)}/#😀{random.Next(3)}", // surrogate pairs where URLs part
            };
            links.Add(new PageLink(url, i + 1, random.Next(1, 200)));
        }
        return links;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3000)]
    public void Links_read_back_exactly_in_their_order(int count)
    {
        var links = Links(count);
        var bytes = PackedLinks.Encode(links);
        Assert.Equal(links, PackedLinks.Of(bytes, links.Count).ToList());
    }

    [Fact]
    public void Each_url_shares_the_longest_start_that_any_earlier_url_offers()
    {
        var links = Links(1500);
        var bytes = PackedLinks.Encode(links);
        using var reader = new EntryReader(bytes, bytes.Length);
        for (var i = 0; i < links.Count; i++)
        {
            var (reference, shared) = (reader.ReadInt(), reader.ReadInt());
            reader.ReadBytes();
            reader.ReadInt();
            reader.ReadInt();
            var url = links[i].Url;
            var best = 0;
            for (var j = 0; j < i; j++) best = Math.Max(best, url.AsSpan().CommonPrefixLength(links[j].Url));
            if (best > 0 && char.IsHighSurrogate(url[best - 1])) best--;
            if (best < 4) best = 0;
            Assert.True(best == shared, $"link {i} '{url}': shares {shared} characters with link {reference}, the best earlier start is {best}");
            if (reference >= 0) Assert.True(reference < i && links[reference].Url.AsSpan().StartsWith(url.AsSpan(0, shared)));
        }
        Assert.True(reader.AtEnd);
    }
}
