using Itsm.Core.Commands;
using Itsm.Core.Lifecycles;
using Stateless;

namespace Itsm.Incidents;

/// <summary>
/// The whole transition table of a known error, top to bottom as the lifecycle diagram: Draft -Revise-> Draft;
/// Draft -Publish-> Published (with a workaround); Draft or Published -Retire-> Retired; Published -Supersede-> Superseded.
/// </summary>
internal sealed class KnownErrorLifecycle : Lifecycle<KnownError, KnownErrorState, KnownErrorTrigger, Command<KnownErrorTrigger>>
{
    public const string HasWorkaround = "a known error is published only with a workaround that incident management can apply";

    /// <summary>Initializes the table; drafting creates a known error.</summary>
    public KnownErrorLifecycle()
        : base(creation: KnownErrorTrigger.Draft)
    {
    }

    /// <summary>Gets this thread's instance.</summary>
    public static KnownErrorLifecycle Instance => ForThread<KnownErrorLifecycle>();

    protected override void Configure(StateMachine<KnownErrorState, KnownErrorTrigger> machine)
    {
        machine.Configure(KnownErrorState.Draft)
            .PermitReentry(KnownErrorTrigger.Revise)
            .PermitIf(KnownErrorTrigger.Publish, KnownErrorState.Published, () => Subject.Workaround is not null, HasWorkaround)
            .Permit(KnownErrorTrigger.Retire, KnownErrorState.Retired);

        machine.Configure(KnownErrorState.Published)
            .Permit(KnownErrorTrigger.Retire, KnownErrorState.Retired)
            .Permit(KnownErrorTrigger.Supersede, KnownErrorState.Superseded);

        machine.Configure(KnownErrorState.Retired);
        machine.Configure(KnownErrorState.Superseded);
    }
}
