using Xunit;

namespace SiteGen.Tests.Support;

/// <summary>A fact that mounts a tmpfs: skipped with the reason where that is not possible.</summary>
public sealed class MountFactAttribute : FactAttribute
{
    public MountFactAttribute()
    {
        if (Tmpfs.SkipReason is { } reason) Skip = reason;
    }
}
