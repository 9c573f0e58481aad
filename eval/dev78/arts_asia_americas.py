"""dev78 items: Myanmar, Afghanistan and Pakistan, the Philippines and Colombia."""

from _wrap import item

item(
    "Brotherhood alliance overruns junta posts",
    """The {{Three Brotherhood Alliance}} said it had captured [[more than 180 junta
    positions|other;a=The Three Brotherhood Alliance]] and [[four towns|other;u=other;a=The Three
    Brotherhood Alliance]] in northern Shan state in {{two weeks}}. It said [[more than 4,000 junta
    soldiers and their families|other;n=soldiers and their families;u=person;a=The Three Brotherhood
    Alliance]] had surrendered at Laukkai.""",
)

item(
    "Myanmar junta starts conscription",
    """Myanmar's junta said it would call up [[5,000 people a month|combatants;p;a=Myanmar's junta]]
    under a conscription law for men aged {{18 to 35}} and women aged {{18 to 27}}, starting in
    {{April}}. [[Thousands of young men|displaced]] have fled to rebel-held areas or across the
    border to Thailand to escape the draft. Rights groups said [[hundreds of young men|arrested;a=Rights
    groups]] had been detained in street sweeps to fill quotas.""",
)

item(
    "Air strike on village gathering in Sagaing",
    """A junta air strike on a ceremony in the village of Pazigyi killed [[more than 160
    people|killed;a=the National Unity Government]], including [[about 40 children|killed;a=the
    National Unity Government]], the National Unity Government said. The military said it had
    targeted a gathering of People's Defence Force members.""",
)

item(
    "Arakan Army takes western command",
    """The Arakan Army said it had captured the junta's Western Command headquarters in Ann and taken
    [[more than 400 soldiers|arrested;a=The Arakan Army]] prisoner, among them [[two brigadier
    generals|arrested;a=The Arakan Army]]. Rights groups say [[thousands of Rohingya men|combatants;a=Rights
    groups]] have been forcibly recruited by both sides.""",
)

item(
    "Resistance forces claim junta losses in Magway",
    """People's Defence Force units in Magway said they had killed [[at least 25 junta
    soldiers|killed;a=People's Defence Force units in Magway]] and wounded [[about a dozen|injured;a=People's
    Defence Force units in Magway]] in an ambush on a supply column, while losing [[three
    fighters|killed;a=People's Defence Force units in Magway]]. The claim could not be independently
    verified.""",
)

item(
    "Pakistan says 16 militants killed at Afghan border",
    """Pakistan's military said [[16 militants|killed;a=Pakistan's military]] were killed while trying
    to cross from Afghanistan into North Waziristan, and that [[eight soldiers|killed;a=Pakistan's
    military]] died in a separate attack on a checkpoint. The Pakistani Taliban claimed the
    checkpoint attack and said it had killed [[15 soldiers|killed;a=The Pakistani Taliban]].""",
)

item(
    "Pakistan's deadliest year for security forces",
    """The Pakistan Institute for Conflict and Security Studies counted [[685 security
    personnel|killed;a=The Pakistan Institute for Conflict and Security Studies]] killed in {{2024}},
    the highest in {{a decade}}, along with [[927 militants|killed;a=The Pakistan Institute for
    Conflict and Security Studies]] and [[444 civilians|killed;a=The Pakistan Institute for Conflict
    and Security Studies]]. It recorded [[more than 1,160 attacks|other;u=other;a=The Pakistan Institute
    for Conflict and Security Studies]], most of them in Khyber Pakhtunkhwa and Balochistan.""",
)

item(
    "UN monitors: Islamic State-Khorasan has up to 6,000 fighters",
    """A UN monitoring team estimated that Islamic State-Khorasan had [[4,000 to 6,000
    fighters|combatants;a=A UN monitoring team]] and family members in Afghanistan, and that the
    Pakistani Taliban had [[about 6,500|combatants;a=A UN monitoring team]]. It said [[hundreds of
    foreign fighters|combatants;a=A UN monitoring team]] from Central Asia had joined ISIS-K.""",
)

item(
    "Afghan army melts away",
    """Afghan security forces numbered [[about 300,000|combatants;a=US officials]] on paper, US
    officials said, but far fewer were actually serving when the Taliban, with [[about 75,000
    fighters|combatants;a=US officials]], took Kabul in {{August 2021}}. [[About 500 soldiers|displaced;a=Uzbek
    authorities]] fled into Uzbekistan, Uzbek authorities said.""",
)

item(
    "Catatumbo fighting: dozens killed, thousands flee",
    """[[More than 80 people|killed;a=the government]] have been killed in clashes between the ELN and
    FARC dissidents in the Catatumbo region, the government said, and [[about 50,000|displaced;a=the
    government]] have fled. The defence ministry said it was sending [[5,000 soldiers|combatants;p;a=The
    defence ministry]] to the area.""",
)

item(
    "Colombia's armed groups keep growing",
    """Colombia's military intelligence estimated that the ELN had [[about 6,000 members|combatants;a=Colombia's
    military intelligence]] and the Clan del Golfo [[more than 9,000|combatants;a=Colombia's military
    intelligence]], while FARC dissident factions had [[about 3,500 fighters|combatants;a=Colombia's
    military intelligence]]. The ombudsman's office said [[409 children|combatants;a=The ombudsman's
    office]] were recruited by armed groups in {{2024}}.""",
)

item(
    "Marawi siege ends after five months",
    """The military said [[more than 900 militants|killed;a=The military]], [[165 soldiers and
    police|killed;n=soldiers and police;a=The military]] and [[47 civilians|killed;a=The military]]
    were killed in the battle for Marawi. [[About 350,000 people|displaced]] fled the city, and
    [[about 1,780 hostages|kidnapped]] were rescued.""",
)

item(
    "Philippine communist rebels surrender",
    """The Philippine army said [[1,023 NPA rebels|other;a=The Philippine army]] had surrendered in
    {{2023}} and that the guerrillas' strength had fallen to [[about 1,500|combatants;a=The
    Philippine army]], from [[about 25,000|combatants;a=The Philippine army]] in the {{1980s}}.""",
)

item(
    "Abu Sayyaf members surrender in Sulu",
    """[[Six Abu Sayyaf members|other;a=the military]] surrendered to troops in Sulu with [[five
    rifles|other;a=the military]], the military said, leaving the group with [[fewer than 20
    fighters|combatants;a=the military]] in the province.""",
)

item(
    "Operation 1027 two years on",
    """{{Operation 1027}}, launched on {{October 27, 2023}}, changed the course of Myanmar's war. The
    {{Three Brotherhood Alliance}} agreed a China-brokered ceasefire in {{January 2024}}, broke it
    in June, and signed another in {{2025}}.""",
)

item(
    "Pakistan air strikes in Afghanistan",
    """Pakistani jets struck suspected Pakistani Taliban hideouts in Paktika, killing [[46
    people|killed;a=the Taliban government]], most of them women and children, the Taliban
    government said. Pakistani security officials said [[at least 20 militants|killed;a=Pakistani
    security officials]] had been killed, and that [[four training camps|other;u=structure;a=Pakistani
    security officials]] had been destroyed.""",
)

item(
    "Balochistan train siege ends",
    """Pakistan's military said [[33 attackers|killed;a=Pakistan's military]] from the Baloch
    Liberation Army were killed and [[346 hostages|kidnapped;a=Pakistan's military]] freed after the
    hijacking of the Jaffar Express. [[Twenty-six hostages|killed;a=Pakistan's military]] died, most
    of them soldiers and police travelling off duty, it said.""",
)

item(
    "Colombian army ambushed in Cauca",
    """FARC dissidents ambushed an army patrol in Cauca, killing [[seven soldiers|killed;a=the army]]
    and wounding [[four|injured;a=the army]], the army said. [[Twenty-eight soldiers|kidnapped]] were
    held for {{two days}} by residents before being released.""",
)

item(
    "Myanmar's displaced pass three million",
    """The UN said [[more than 3.5 million people|displaced;a=The UN]] were displaced across Myanmar,
    most of them since the coup of {{February 2021}}. Resistance groups said they controlled
    [[more than 60 towns|other;u=other;a=Resistance groups]], and a think tank estimated that
    [[about 20,000 soldiers|other;a=a think tank]] had deserted or defected since the coup.""",
)

item(
    "Kachin fighters take rare earth hub",
    """The Kachin Independence Army said it had seized the rare earth mining town of Chipwi and
    captured [[about 70 soldiers|arrested;a=The Kachin Independence Army]] and [[a dozen allied
    militiamen|arrested;a=The Kachin Independence Army]]. It said [[about 6,000
    residents|displaced;a=The Kachin Independence Army]] had fled the fighting.""",
)

item(
    "Taliban say 3,000 foreign fighters remain",
    """A Taliban spokesman said [[no more than 3,000 foreign fighters|combatants;a=A Taliban
    spokesman]] lived in Afghanistan, all under government control. UN monitors said al-Qaeda had
    [[about 400 members|combatants;a=UN monitors]] in the country and the Pakistani Taliban [[at
    least 5,000|combatants;a=UN monitors]].""",
)

item(
    "Colombia: dissident fighters lay down arms",
    """[[Some 120 fighters|other;a=the government]] of a FARC dissident faction handed in [[180
    weapons|other;a=the government]] in Nariño under a peace process, the government said. The
    faction has [[about 500 members|combatants;a=the government's negotiator]], the government's
    negotiator said, and [[200|other;p;a=the government's negotiator]] more are expected to disarm by the end of
    the year.""",
)

item(
    "The Philippines' long counter-insurgency",
    """The Philippine army marked the {{50th}} anniversary of its {{1st Scout Ranger Regiment}} on
    {{November 24}}. Its {{4th Infantry Division}}, which fought in the {{2017}} Marawi siege, now
    trains recruits on {{M16}} rifles and {{105mm}} howitzers in Mindanao.""",
)
