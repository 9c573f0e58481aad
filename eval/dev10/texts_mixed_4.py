"""dev10 texts: mixed regions, part 4."""

from figset import F

# ---------------------------------------------------------------- mixed regions, part 4

F(
    "Colombia: troops sent to Cauca town after dissidents kill villagers",
    "The [[1,200 troops|combatants;a=the Defence Ministry]] deployed to Suarez after dissidents killed [[seven villagers|killed;a=the Defence Ministry]] will stay until the end of the year, the Defence Ministry said. "
    "[[About 4,500 residents|civilians;a=the Ombudsman's Office]] of the rural area are at risk of confinement, the Ombudsman's Office warned.",
)

F(
    "Nigeria: Zamfara villagers remain under bandit levies",
    "[[More than 100,000 people|civilians;a=a local rights group]] in [[over 60 villages|other;a=a local rights group]] of Tsafe and Maru pay levies to bandit groups to be allowed to farm, a local rights group said. "
    "Troops freed [[14 captives|kidnapped]] in the area last week and arrested [[three informants|arrested]].",
)

F(
    "Sudan: civilians remain in El Obeid as RSF approaches",
    "[[Around 600,000 people|civilians;a=the state governor]] remain in El Obeid, the state governor said, as RSF fighters advance from the west. "
    "[[Some 5,000 volunteers|combatants;a=the governor;alt=the state governor]] have joined the army's popular resistance units in the town, the governor added, and [[more than 50,000 displaced|displaced;n=displaced;a=the governor;alt=the state governor]] are sheltering in [[30 schools|capacity;a=the governor;alt=the state governor]].",
)

F(
    "Myanmar: Rohingya held in Rakhine after boat interception",
    "Junta forces intercepted a boat off Sittwe and detained [[128 Rohingya|arrested;a=state media]], among them [[40 children|arrested;a=state media]], state media reported. "
    "[[About 600,000 Rohingya|civilians;a=the UN]] remain in Rakhine, according to the UN, and [[as many as 140,000|displaced;a=the UN]] are confined to camps.",
)
