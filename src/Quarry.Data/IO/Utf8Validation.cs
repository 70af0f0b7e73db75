using System.Text.Unicode;

namespace Quarry.Data.IO;

/// <summary>Locates the first byte that breaks UTF-8, for error messages that say where.</summary>
internal static class Utf8Validation
{
    /// <summary>Index of the first invalid byte, or -1 when the span is valid UTF-8.</summary>
    public static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        Span<char> scratch = stackalloc char[256];
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.InvalidData)
            {
                return offset;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }
}
