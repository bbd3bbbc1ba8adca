namespace SiteGen.Loading;

/// <summary>What a path names, as far as a build cares: only <see cref="Regular"/> files are ever opened.</summary>
public enum FileKind { Regular, Directory, Fifo, Socket, CharacterDevice, BlockDevice, Missing }
