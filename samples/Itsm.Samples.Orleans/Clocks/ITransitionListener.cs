using System.Threading.Tasks;

namespace Itsm.Samples.Orleans.Clocks;

/// <summary>Who is told of a delivered transition, after it is stored: a notification service, a dashboard, the load
/// run's counter. Called on the grain's turn, so it should be quick.</summary>
internal interface ITransitionListener
{
    /// <summary>Tells of one delivery.</summary>
    /// <param name="clockId">The clock's id.</param>
    /// <param name="transition">What was delivered.</param>
    ValueTask Delivered(string clockId, DeliveredTransition transition);
}
