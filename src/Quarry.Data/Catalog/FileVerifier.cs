using System.Security.Cryptography;

namespace Quarry.Data.Catalog;

/// <summary>Checks a file on disk against a catalog entry: size first (cheap), then MD5 and SHA-256 in one streaming pass.</summary>
public static class FileVerifier
{
    /// <summary>Null when <paramref name="path"/> matches <paramref name="expected"/>; otherwise what differs, in one line.</summary>
    public static string? Check(string path, DatasetFile expected, Action<long>? progress = null)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return $"{expected.FileName}: missing";
        }

        if (expected.Size is { } size && info.Length != size)
        {
            return $"{expected.FileName}: size mismatch: expected {size:N0} bytes, found {info.Length:N0}";
        }

        if (expected.Md5 is null && expected.Sha256 is null)
        {
            return null;
        }

        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
        {
            byte[] buffer = new byte[1 << 20];
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                if (expected.Md5 is not null)
                {
                    md5.AppendData(buffer, 0, read);
                }

                if (expected.Sha256 is not null)
                {
                    sha.AppendData(buffer, 0, read);
                }

                progress?.Invoke(read);
            }
        }

        return Compare(expected.FileName, "md5", expected.Md5, md5) ?? Compare(expected.FileName, "sha256", expected.Sha256, sha);
    }

    private static string? Compare(string name, string algorithm, string? expected, IncrementalHash hash)
    {
        if (expected is null)
        {
            return null;
        }

        string actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        return string.Equals(actual, expected.Trim(), StringComparison.OrdinalIgnoreCase)
            ? null
            : $"{name}: checksum mismatch: expected {algorithm} {expected.Trim().ToLowerInvariant()}, got {actual}";
    }
}
