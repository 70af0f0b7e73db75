using System.Collections.Concurrent;

namespace Quarry.Lexical.Index.Build;

/// <summary>
/// Decodes and merges terms' postings in id order on its own thread, a few chunks ahead of the writer, so that the
/// single-threaded write pass only encodes. Terms longer than a chunk are left to the caller. Memory: at most five
/// chunks of 256K postings (2 MiB each).
/// </summary>
internal sealed class DrainAhead : IDisposable
{
    /// <summary>Postings per chunk unless told otherwise; a longer term is left to the caller.</summary>
    public const int DefaultChunkPostings = 1 << 18;

    private const int ChunkTerms = 4096;

    private readonly Inverter _inverter;
    private readonly int _chunkPostings;
    private readonly BlockingCollection<Chunk> _ready = new(boundedCapacity: 3);
    private readonly ConcurrentQueue<Chunk> _free = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private Chunk? _current;
    private int _index;

    public DrainAhead(Inverter inverter, int chunkPostings = DefaultChunkPostings)
    {
        _inverter = inverter;
        _chunkPostings = chunkPostings;
        _thread = new Thread(Produce) { IsBackground = true, Name = "quarry-index-drain" };
        _thread.Start();
    }

    /// <summary>Copies term <paramref name="id"/>'s postings (the next in order) out; false when the caller must decode it.</summary>
    public bool TryTake(int id, Span<int> docs, Span<int> tfs)
    {
        if (_current is null || _index == _current.Count)
        {
            if (_current is not null)
            {
                _free.Enqueue(_current);
            }

            _current = null;
            if (!_ready.TryTake(out var next, Timeout.Infinite))
            {
                return false;
            }

            _current = next;
            _index = 0;
        }

        var chunk = _current;
        int i = _index++;
        if (chunk.FirstId + i != id || chunk.Deferred[i])
        {
            return false;
        }

        int start = chunk.Offsets[i];
        int length = chunk.Offsets[i + 1] - start;
        chunk.Docs.AsSpan(start, length).CopyTo(docs);
        chunk.Tfs.AsSpan(start, length).CopyTo(tfs);
        return true;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _ready.Dispose();
        _stop.Dispose();
    }

    private void Produce()
    {
        int[] runDocs = [];
        int[] runTfs = [];
        try
        {
            int id = 0;
            int terms = _inverter.TermCount;
            while (id < terms)
            {
                var chunk = _free.TryDequeue(out var reused) ? reused : new Chunk(_chunkPostings);
                chunk.FirstId = id;
                chunk.Count = 0;
                int n = 0;
                while (id < terms && chunk.Count < ChunkTerms)
                {
                    int df = _inverter.DocumentFrequency(id);
                    bool deferred = df > _chunkPostings;
                    if (!deferred && n + df > _chunkPostings)
                    {
                        break;
                    }

                    if (!deferred)
                    {
                        _inverter.Decode(id, chunk.Docs.AsSpan(n, df), chunk.Tfs.AsSpan(n, df), ref runDocs, ref runTfs);
                        n += df;
                    }

                    chunk.Deferred[chunk.Count] = deferred;
                    chunk.Offsets[++chunk.Count] = n;
                    id++;
                }

                _ready.Add(chunk, _stop.Token);
            }
        }
        catch (Exception)
        {
            // Cancelled, or failed: the caller decodes the remaining terms itself (and meets any failure there).
        }
        finally
        {
            _ready.CompleteAdding();
        }
    }

    /// <summary>Consecutive terms' postings, back to back.</summary>
    private sealed class Chunk(int postings)
    {
        public int FirstId;
        public int Count;
        public readonly int[] Offsets = new int[ChunkTerms + 1];
        public readonly bool[] Deferred = new bool[ChunkTerms];
        public readonly int[] Docs = new int[postings];
        public readonly int[] Tfs = new int[postings];
    }
}
