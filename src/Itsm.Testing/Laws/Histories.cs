using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Itsm.Testing.Laws;

/// <summary>Playing, shrinking and measuring random histories of any record.</summary>
public static class Histories
{
    /// <summary>How long after the last step the laws read a played record (clocks, due instants): three days.</summary>
    public static Duration Probe { get; } = Duration.FromDays(3);

    /// <summary>Creates the record and applies every step, skipping those it refuses with a documented exception.</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <returns>The record, the instant <see cref="Probe"/> after the last step, and how many steps were accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static (TRecord Record, Instant End, int Accepted) Play<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        TRecord? record = null;
        var at = history.Start;
        int accepted = 0;
        foreach (var step in Walk(history))
        {
            (record, at) = (step.Record, step.At);
            accepted += step.Refusal is null ? 1 : 0;
        }

        return (record ?? history.Create(), at + Probe, accepted);
    }

    /// <summary>Runs commands on a record, each dated its gap after the one before, skipping those the record refuses
    /// with a documented exception (refused, and so unchanged: the history goes on): the loop of every scenario's
    /// <c>Play</c>.</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="record">The record, created.</param>
    /// <param name="steps">The commands, oldest first.</param>
    /// <param name="start">The instant the first gap counts from.</param>
    /// <param name="apply">Runs one command.</param>
    /// <param name="isRefusal">Which exceptions are documented refusals; <see cref="IsDocumentedRefusal"/> when null.</param>
    /// <returns>The instant of the last command (<paramref name="start"/> when there is none).</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static Instant PlayOn<TRecord, TTrigger>(TRecord record, IEnumerable<HistoryStep<TTrigger>> steps, Instant start, Action<TRecord, HistoryStep<TTrigger>, Instant> apply, Func<Exception, bool>? isRefusal = null)
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(apply);
        var refused = isRefusal ?? IsDocumentedRefusal;
        var at = start;
        foreach (var step in steps)
        {
            at += step.After;
            try
            {
                apply(record, step, at);
            }
            catch (Exception e) when (refused(e))
            {
                // Refused, and so unchanged: the history goes on.
            }
        }

        return at;
    }

    /// <summary>Creates the record and applies the steps one by one, yielding after each: the record (the same
    /// instance, changed by the step), the step, its instant and the documented exception that refused it (null when
    /// accepted). A history without steps yields nothing.</summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="history">The history.</param>
    /// <param name="beforeEach">Called with the record, the step and its instant just before the step is applied (to
    /// read what the record looked like, or what its query said); null for nothing.</param>
    /// <returns>The steps as played.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static IEnumerable<PlayedStep<TRecord, TStep>> Walk<TRecord, TStep, TTrigger>(IHistory<TRecord, TStep, TTrigger> history, Action<TRecord, TStep, Instant>? beforeEach = null)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(history);
        return WalkIterator(history, beforeEach);

        static IEnumerable<PlayedStep<TRecord, TStep>> WalkIterator(IHistory<TRecord, TStep, TTrigger> history, Action<TRecord, TStep, Instant>? beforeEach)
        {
            var record = history.Create();
            var at = history.Start;
            foreach (var step in history.Steps)
            {
                at = history.At(record, step, at);
                beforeEach?.Invoke(record, step, at);
                Exception? refusal = null;
                try
                {
                    history.Apply(record, step, at);
                }
                catch (Exception e) when (history.IsDocumentedRefusal(e))
                {
                    refusal = e;
                }

                yield return new PlayedStep<TRecord, TStep>(record, step, at, refusal);
            }
        }
    }

    /// <summary>Returns whether an exception is one every record documents for a refused command: not authorised, not
    /// allowed in its state, or an argument that breaks its rule.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for <see cref="Core.Actors.CommandNotAuthorizedException"/>, <see cref="Core.InvalidTransitionException"/>
    /// and <see cref="ArgumentException"/> (with its subclasses).</returns>
    public static bool IsDocumentedRefusal(Exception exception) =>
        exception is Core.Actors.CommandNotAuthorizedException or Core.InvalidTransitionException or ArgumentException;

    /// <summary>The shorter step lists a failing history shrinks to: without its second half, without its first half, then
    /// without each single step (the last first). FsCheck tries them in order and keeps shrinking the first that still
    /// fails, so a failure is reported with the fewest steps that show it.</summary>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <param name="steps">The steps.</param>
    /// <returns>The shorter lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> is null.</exception>
    public static IEnumerable<IReadOnlyList<TStep>> DropSteps<TStep>(IReadOnlyList<TStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return Drop(steps);

        static IEnumerable<IReadOnlyList<TStep>> Drop(IReadOnlyList<TStep> steps)
        {
            if (steps.Count > 3)
            {
                yield return [.. steps.Take(steps.Count / 2)];
                yield return [.. steps.Skip(steps.Count / 2)];
            }

            for (int i = steps.Count - 1; i >= 0; i--)
            {
                yield return [.. steps.Take(i), .. steps.Skip(i + 1)];
            }
        }
    }

    /// <summary>An arbitrary of histories that shrinks a failing one by dropping steps (<see cref="DropSteps{TStep}"/>),
    /// so FsCheck reports the shortest history that still fails.</summary>
    /// <typeparam name="THistory">The history type.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <param name="generator">The histories.</param>
    /// <param name="steps">A history's steps.</param>
    /// <param name="withSteps">The same history with other steps.</param>
    /// <returns>The arbitrary.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Arbitrary<THistory> Arbitrary<THistory, TStep>(Gen<THistory> generator, Func<THistory, IReadOnlyList<TStep>> steps, Func<THistory, IReadOnlyList<TStep>, THistory> withSteps)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(steps);
        ArgumentNullException.ThrowIfNull(withSteps);
        return Arb.From(generator, history => DropSteps(steps(history)).Select(shorter => withSteps(history, shorter)));
    }

    /// <summary>A story told loosely: its steps in order nineteen times in twenty, shuffled otherwise, each step told
    /// <see cref="Loosely{TTrigger}"/>, cut to at most <paramref name="most"/> steps.</summary>
    /// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
    /// <param name="story">The story's steps.</param>
    /// <param name="random">A random step (any trigger, any actor).</param>
    /// <param name="most">The most steps a history has.</param>
    /// <returns>The steps to play.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<HistoryStep<TTrigger>[]> Told<TTrigger>(Gen<HistoryStep<TTrigger>[]> story, Gen<HistoryStep<TTrigger>> random, int most = 30)
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(random);
        return from path in story
               from told in Gen.Frequency((19, Gen.Constant(path)), (1, Gen.Shuffle(path)))
               from steps in Gen.CollectToArray(told.Select(step => Loosely(step, random)))
               select (HistoryStep<TTrigger>[])[.. steps.SelectMany(s => s).Take(most)];
    }

    /// <summary>One step of a story told loosely: left out one time in forty, after zero to two random steps (none ten
    /// times in thirteen).</summary>
    /// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
    /// <param name="step">The step of the story.</param>
    /// <param name="random">A random step (any trigger, any actor).</param>
    /// <returns>The steps to play instead.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<HistoryStep<TTrigger>[]> Loosely<TTrigger>(HistoryStep<TTrigger> step, Gen<HistoryStep<TTrigger>> random)
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(random);
        return from noise in Gen.Frequency((10, Gen.Constant(Array.Empty<HistoryStep<TTrigger>>())), (2, random.Select(r => new[] { r })), (1, Gen.CollectToArray([random, random])))
               from kept in Gen.Frequency((39, Gen.Constant<HistoryStep<TTrigger>[]>([step])), (1, Gen.Constant(Array.Empty<HistoryStep<TTrigger>>())))
               select (HistoryStep<TTrigger>[])[.. noise, .. kept];
    }

    /// <summary>Gaps between steps: none one time in seven, otherwise 1 minute to <paramref name="maxMinutes"/>.</summary>
    /// <param name="maxMinutes">The longest gap, in minutes (at least 1).</param>
    /// <returns>The gaps.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMinutes"/> is below 1.</exception>
    public static Gen<Duration> MinutesApart(int maxMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMinutes, 1);
        return Gen.Frequency((1, Gen.Constant(Duration.Zero)), (6, Gen.Choose(1, maxMinutes).Select(m => Duration.FromMinutes(m))));
    }

    /// <summary>A random step: any of the triggers, by any actor, after a drawn gap, with any choice.</summary>
    /// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
    /// <param name="triggers">The triggers to draw from.</param>
    /// <param name="anyActor">Any actor of the cast.</param>
    /// <param name="gaps">How long after the previous step.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="triggers"/> is empty.</exception>
    public static Gen<HistoryStep<TTrigger>> AnyStep<TTrigger>(IReadOnlyList<TTrigger> triggers, Gen<int> anyActor, Gen<Duration> gaps)
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(triggers);
        ArgumentOutOfRangeException.ThrowIfZero(triggers.Count);
        return from trigger in Gen.Elements(triggers.ToArray())
               from step in Step(trigger, anyActor, anyActor, gaps)
               select step;
    }

    /// <summary>A step of a trigger by one of the usual actors (one time in twenty by anyone), after a drawn gap, with
    /// a drawn choice (any from 0 to 99 unless told).</summary>
    /// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="actors">The usual actors (indexes into the scenario's cast).</param>
    /// <param name="anyActor">Any actor of the cast.</param>
    /// <param name="gaps">How long after the previous step.</param>
    /// <param name="choices">The choices (0 to 99); any when null.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Gen<HistoryStep<TTrigger>> Step<TTrigger>(TTrigger trigger, Gen<int> actors, Gen<int> anyActor, Gen<Duration> gaps, Gen<int>? choices = null)
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(anyActor);
        ArgumentNullException.ThrowIfNull(gaps);
        return from actor in Gen.Frequency((19, actors), (1, anyActor))
               from after in gaps
               from choice in choices ?? Gen.Choose(0, 99)
               select new HistoryStep<TTrigger>(trigger, actor, after, choice);
    }

    /// <summary>Draws values from an arbitrary with a fixed seed, so a test over them (a coverage check) sees the same
    /// values on every run.</summary>
    /// <typeparam name="T">The values.</typeparam>
    /// <param name="arbitrary">The arbitrary.</param>
    /// <param name="count">How many values.</param>
    /// <param name="size">The generator's size (FsCheck's default largest size is 100).</param>
    /// <returns>The values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arbitrary"/> is null.</exception>
    public static IReadOnlyList<T> Sample<T>(Arbitrary<T> arbitrary, int count, int size = 100)
    {
        ArgumentNullException.ThrowIfNull(arbitrary);
        return [.. Gen.Sample(arbitrary.Generator, count, new Rnd(20_261_204UL, 0x9E37_79B9_7F4A_7C15UL), size)];
    }

    /// <summary>Every trigger of an enum but those named: the commands a generator issues, computed so that a trigger
    /// added to the enum is generated without anyone remembering to list it.</summary>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="except">The triggers that are not commands of a history (creation, and those the record fires itself).</param>
    /// <returns>The triggers, in the enum's order.</returns>
    public static IReadOnlyList<TTrigger> Triggers<TTrigger>(params TTrigger[] except)
        where TTrigger : struct, Enum =>
        [.. Enum.GetValues<TTrigger>().Except(except)];

    /// <summary>
    /// What a generator's histories reach: which triggers were accepted at least once, and which event types were
    /// recorded, against every trigger of the enum and every event type of the record's assembly.
    /// </summary>
    /// <typeparam name="TRecord">The record.</typeparam>
    /// <typeparam name="TStep">The step type.</typeparam>
    /// <typeparam name="TTrigger">The trigger enum.</typeparam>
    /// <param name="histories">Histories drawn from the generator.</param>
    /// <param name="events">The events of a record.</param>
    /// <param name="eventBase">The record's event base type: every concrete type deriving from it in its assembly is expected.</param>
    /// <param name="notCommands">Triggers no step issues (creation, and those the record fires itself).</param>
    /// <returns>What was not reached.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HistoryCoverage Coverage<TRecord, TStep, TTrigger>(
        IEnumerable<IHistory<TRecord, TStep, TTrigger>> histories,
        Func<TRecord, IEnumerable<object>> events,
        Type eventBase,
        params TTrigger[] notCommands)
        where TRecord : class
        where TStep : IHistoryStep<TTrigger>
        where TTrigger : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(eventBase);
        var triggers = new HashSet<TTrigger>();
        var eventTypes = new HashSet<Type>();
        int count = 0;
        foreach (var history in histories)
        {
            count++;
            TRecord? record = null;
            foreach (var played in Walk(history))
            {
                record = played.Record;
                if (played.Refusal is null)
                {
                    triggers.Add(played.Step.Trigger);
                }
            }

            eventTypes.UnionWith(events(record ?? history.Create()).Select(e => e.GetType()));
        }

        var expectedEvents = eventBase.Assembly.GetTypes().Where(t => !t.IsAbstract && eventBase.IsAssignableFrom(t));
        return new HistoryCoverage(
            count,
            [.. Triggers(notCommands).Where(t => !triggers.Contains(t)).Select(t => t.ToString())],
            [.. expectedEvents.Where(t => !eventTypes.Contains(t)).Select(t => t.Name).Order(StringComparer.Ordinal)]);
    }
}

/// <summary>What a generator's histories did not reach.</summary>
/// <param name="Histories">How many histories were played.</param>
/// <param name="MissingTriggers">Triggers never accepted.</param>
/// <param name="MissingEvents">Event types never recorded.</param>
public sealed record HistoryCoverage(int Histories, IReadOnlyList<string> MissingTriggers, IReadOnlyList<string> MissingEvents)
{
    /// <summary>Gets a value indicating whether every trigger and every event type was reached.</summary>
    public bool IsComplete => MissingTriggers.Count == 0 && MissingEvents.Count == 0;

    /// <summary>The coverage, for a failing test's message.</summary>
    /// <returns>What was not reached.</returns>
    public override string ToString() =>
        $"{Histories} histories; triggers never accepted: [{string.Join(", ", MissingTriggers)}]; events never recorded: [{string.Join(", ", MissingEvents)}]";
}

/// <summary>One step of a history as played.</summary>
/// <typeparam name="TRecord">The record.</typeparam>
/// <typeparam name="TStep">The step type.</typeparam>
/// <param name="Record">The record after the step (the same instance throughout a walk).</param>
/// <param name="Step">The step.</param>
/// <param name="At">Its instant.</param>
/// <param name="Refusal">The documented exception that refused it; null when it was accepted.</param>
public sealed record PlayedStep<TRecord, TStep>(TRecord Record, TStep Step, Instant At, Exception? Refusal);
