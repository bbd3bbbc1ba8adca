namespace SiteGen.Loading;

/// <summary>
/// A regular file found under a folder: <see cref="FullPath"/> is where to read it (a link's real target),
/// <see cref="RelativePath"/> ('/' separated) how the folder names it, <see cref="Length"/> its size before any read.
/// </summary>
public sealed record WalkedFile(string FullPath, string RelativePath, long Length);
