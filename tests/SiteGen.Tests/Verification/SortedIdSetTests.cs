using SiteGen.Verification.Model;
using Xunit;

namespace SiteGen.Tests.Verification;

public sealed class SortedIdSetTests
{
    [Fact]
    public void Finds_exactly_the_ids_it_holds_whether_or_not_they_came_sorted()
    {
        string[] ids = ["z-104", "inhoud", "Z-1", "z-1064", "inhoud", "é", ""];
        var set = new SortedIdSet(ids);
        var sorted = new SortedIdSet([.. ids.Distinct().Order(StringComparer.Ordinal)]);

        foreach (var candidate in ids.Concat(["z-10", "z-1040", "Inhoud", "e", "zz"]))
        {
            Assert.Equal(ids.Contains(candidate), set.Contains(candidate));
            Assert.Equal(ids.Contains(candidate), sorted.Contains(candidate));
        }
        Assert.Equal(6, set.Count);
        Assert.True(set.SetEquals(ids));
        Assert.True(set.IsSubsetOf(ids.Append("x")));
        Assert.False(set.Overlaps(["a", "b"]));
    }
}
