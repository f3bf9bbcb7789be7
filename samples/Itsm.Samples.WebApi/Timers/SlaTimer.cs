using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace Itsm.Samples.WebApi.Timers;

/// <summary>A record the timer wakes: its kind and id.</summary>
internal readonly record struct TimerKey(string Kind, string Id);

/// <summary>
/// One priority queue of (next due instant, record) for the whole process: the API arms a record after every command
/// with what the record says (<c>NextDueAt</c>), the timer service takes the records that are due. Arming again
/// replaces the record's instant; arming with null disarms it. Thread-safe.
/// </summary>
/// <remarks>A record armed twice leaves its old entry in the heap; the entry is skipped when it surfaces because the
/// record's current instant differs (lazy deletion), so arming costs O(log n) and the heap never needs a search.</remarks>
internal sealed class SlaTimer : IDisposable
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<TimerKey, Instant> _queue = new();
    private readonly Dictionary<TimerKey, Instant> _armed = [];
    private readonly SemaphoreSlim _changed = new(0, 1);

    /// <summary>Gets the number of records armed.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _armed.Count;
            }
        }
    }

    /// <summary>Arms a record for an instant, or disarms it (null); wakes the service when the instant is earlier than
    /// every other armed one (the service sleeps until the earliest).</summary>
    public void Arm(TimerKey key, Instant? due)
    {
        bool earliest;
        lock (_gate)
        {
            if (due is not { } at)
            {
                _armed.Remove(key);
                return;
            }

            if (_armed.TryGetValue(key, out var current) && current == at)
            {
                return;
            }

            earliest = !Peek(out _, out var head) || at < head;
            _armed[key] = at;
            _queue.Enqueue(key, at);
        }

        if (earliest)
        {
            Wake();
        }
    }

    /// <summary>Gets the instant a record is armed for; null when it is not armed.</summary>
    public Instant? ArmedFor(TimerKey key)
    {
        lock (_gate)
        {
            return _armed.TryGetValue(key, out var at) ? at : null;
        }
    }

    /// <summary>Gets the earliest instant armed; null when nothing is.</summary>
    public Instant? Earliest
    {
        get
        {
            lock (_gate)
            {
                return Peek(out _, out var at) ? at : null;
            }
        }
    }

    /// <summary>Takes a record that is due at or before <paramref name="now"/>, disarming it; the caller re-arms it.</summary>
    public bool TryTakeDue(Instant now, out TimerKey key, out Instant at)
    {
        lock (_gate)
        {
            if (Peek(out key, out at) && at <= now)
            {
                _queue.Dequeue();
                _armed.Remove(key);
                return true;
            }

            key = default;
            at = default;
            return false;
        }
    }

    /// <summary>Tells the timer service that the queue changed (or the clock moved, in tests), so it looks again now.</summary>
    public void Wake()
    {
        if (_changed.CurrentCount > 0)
        {
            return; // already signalled: one pending wake-up is enough
        }

        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Signalled by another thread between the check and the release: as good.
        }
    }

    /// <summary>Waits for <see cref="Wake"/> or <paramref name="timeout"/>, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _changed.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _changed.Dispose();

    private bool Peek(out TimerKey key, out Instant at)
    {
        while (_queue.TryPeek(out key, out at))
        {
            if (_armed.TryGetValue(key, out var current) && current == at)
            {
                return true;
            }

            _queue.Dequeue(); // stale: re-armed for another instant, or disarmed
        }

        return false;
    }
}
