using Quarry.Cli.Hosting;
using Quarry.Lexical.Index.DocStore;
using Quarry.Mining.Passages;

namespace Quarry.Cli.Commands;

/// <summary>Opens `--passages` when it names an index directory: texts come from its document store (memory-mapped).</summary>
internal static class MinePassages
{
    public static IPassageStore OpenIndex(string directory)
    {
        try
        {
            return new DocStorePassages(DocStore.Open(directory));
        }
        catch (InvalidDataException ex)
        {
            throw new UsageException($"--passages {directory}: {ex.Message}", ex);
        }
    }

    private sealed class DocStorePassages(DocStore store) : IPassageStore
    {
        public bool TryGet(string docId, out string text) => store.TryGetText(docId, out text);

        public void Dispose() => store.Dispose();
    }
}
