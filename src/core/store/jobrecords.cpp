#include "jobrecords.h"

#include "idtable.h"

using namespace Qt::StringLiterals;

namespace Store {

namespace {

constexpr std::array jobStates {
    std::pair {JobState::Planned, "planned"_L1},
    std::pair {JobState::Prewarming, "prewarming"_L1},
    std::pair {JobState::Running, "running"_L1},
    std::pair {JobState::Paused, "paused"_L1},
    std::pair {JobState::Interrupted, "interrupted"_L1},
    std::pair {JobState::Finished, "finished"_L1},
    std::pair {JobState::FinishedWithErrors, "finished_with_errors"_L1},
    std::pair {JobState::Failed, "failed"_L1},
    std::pair {JobState::Cancelled, "cancelled"_L1},
};

constexpr std::array chunkStates {
    std::pair {ChunkState::Pending, "pending"_L1},
    std::pair {ChunkState::InProgress, "in_progress"_L1},
    std::pair {ChunkState::Done, "done"_L1},
    std::pair {ChunkState::Failed, "failed"_L1},
};

constexpr std::array outcomes {
    std::pair {Outcome::Created, "created"_L1},
    std::pair {Outcome::Existed, "existed"_L1},
    std::pair {Outcome::MembershipAdded, "membership_added"_L1},
    std::pair {Outcome::MembershipExisted, "membership_existed"_L1},
    std::pair {Outcome::DuplicateSkipped, "duplicate_skipped"_L1},
    std::pair {Outcome::Invalid, "invalid"_L1},
    std::pair {Outcome::Failed, "failed"_L1},
};

constexpr std::array userResults {
    std::pair {UserResult::None, "none"_L1},
    std::pair {UserResult::Created, "created"_L1},
    std::pair {UserResult::Existed, "existed"_L1},
    std::pair {UserResult::Updated, "updated"_L1},
};

constexpr std::array stages {
    std::pair {Stage::Validate, "validate"_L1},
    std::pair {Stage::Org, "org"_L1},
    std::pair {Stage::User, "user"_L1},
    std::pair {Stage::Lookup, "lookup"_L1},
    std::pair {Stage::Membership, "membership"_L1},
};

constexpr std::array orgResolutions {
    std::pair {OrgResolution::Existed, "existed"_L1},
    std::pair {OrgResolution::Created, "created"_L1},
    std::pair {OrgResolution::Failed, "failed"_L1},
};

constexpr std::array roleResolutions {
    std::pair {RoleResolution::Planned, "planned"_L1},
    std::pair {RoleResolution::Created, "created"_L1},
    std::pair {RoleResolution::Existed, "existed"_L1},
    std::pair {RoleResolution::Failed, "failed"_L1},
};

} // namespace

QString jobStateId(JobState state) { return idOf(jobStates, state); }
std::optional<JobState> jobStateFromId(QStringView id) { return fromId(jobStates, id); }

bool isTerminal(JobState state)
{
    switch (state) {
    case JobState::Finished:
    case JobState::FinishedWithErrors:
    case JobState::Failed:
    case JobState::Cancelled:
        return true;
    default:
        return false;
    }
}

bool isResumable(JobState state) { return !isTerminal(state); }

QString chunkStateId(ChunkState state) { return idOf(chunkStates, state); }
std::optional<ChunkState> chunkStateFromId(QStringView id) { return fromId(chunkStates, id); }

QString outcomeId(Outcome outcome) { return idOf(outcomes, outcome); }
std::optional<Outcome> outcomeFromId(QStringView id) { return fromId(outcomes, id); }

QString userResultId(UserResult result) { return idOf(userResults, result); }
std::optional<UserResult> userResultFromId(QStringView id) { return fromId(userResults, id); }

QString stageId(Stage stage) { return idOf(stages, stage); }
std::optional<Stage> stageFromId(QStringView id) { return fromId(stages, id); }

QString orgResolutionId(OrgResolution resolution) { return idOf(orgResolutions, resolution); }
std::optional<OrgResolution> orgResolutionFromId(QStringView id) { return fromId(orgResolutions, id); }

QString roleResolutionId(RoleResolution resolution) { return idOf(roleResolutions, resolution); }
std::optional<RoleResolution> roleResolutionFromId(QStringView id) { return fromId(roleResolutions, id); }

} // namespace Store
