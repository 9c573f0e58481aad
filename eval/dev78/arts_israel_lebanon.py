"""dev78 items: Gaza, Israel, the West Bank and Lebanon (claims, hostages, reservists, Hezbollah)."""

from _wrap import item

item(
    "Israel says 17,000 militants killed in Gaza",
    """Israel's military said it had killed [[about 17,000 militants|killed;a=Israel's military]] in
    Gaza, a figure Hamas disputes and that could not be verified. Gaza's health ministry, which does
    not distinguish between civilians and combatants, says [[more than 40,000
    Palestinians|killed;a=Gaza's health ministry]] have been killed since {{October 7}}.""",
)

item(
    "Hamas rebuilding ranks, US intelligence says",
    """Before the war, US and Israeli officials estimated that Hamas had [[20,000 to 30,000
    fighters|combatants;a=US and Israeli officials]] in Gaza. US intelligence assessed in {{January
    2025}} that the group had recruited [[10,000 to 15,000 new members|combatants;a=US
    intelligence]] since the fighting began. Israel's military says it has killed [[about 20,000 Hamas and
    Islamic Jihad fighters|killed;n=fighters;a=Israel's military]].""",
)

item(
    "Three hostages freed in exchange for 183 prisoners",
    """Hamas freed [[three Israeli hostages|kidnapped;a=the Israel Prison Service]] on Saturday, and Israel released [[183
    Palestinian prisoners|other;a=the Israel Prison Service]] in return, the Israel Prison Service
    said. [[Seventy-six hostages|kidnapped;a=Israeli officials]] remain in Gaza, [[at least
    35|killed;a=Israeli officials]] of whom are believed to be dead, Israeli officials say.""",
)

item(
    "Four soldiers killed in Rafah blast",
    """The Israeli military said [[four soldiers|killed;a=The Israeli military]] were killed when an
    explosive device hit their armoured vehicle in Rafah, bringing its toll in the Gaza ground
    offensive to [[313|killed;a=The Israeli military]]. [[Two other soldiers|injured;a=The Israeli
    military]] were seriously wounded, it said.""",
)

item(
    "Israel calls up 360,000 reservists",
    """Israel has called up [[360,000 reservists|combatants;a=the military]] in {{48 hours}}, the
    military said, the largest mobilisation in the country's history, and has massed [[tens of
    thousands of troops|combatants]] along the Gaza border ahead of an expected ground
    offensive.""",
)

item(
    "Hezbollah fires rockets after commander killed",
    """Hezbollah said it fired [[about 200 rockets|other;a=Hezbollah]] and [[20 drones|other;a=Hezbollah]]
    at Israeli military positions after {{one of its}} senior commanders was killed in a strike on
    Tyre. The Israeli military said [[two soldiers|injured;a=The Israeli military]] were lightly
    wounded in the Galilee.""",
)

item(
    "Lebanon toll soars as Israel strikes 1,600 targets",
    """Israel's military said it had struck [[more than 1,600 Hezbollah targets|other;u=other;a=Israel's
    military]] across Lebanon on Monday. Lebanon's health ministry said [[558 people|killed;a=Lebanon's
    health ministry]] were killed, including [[50 children|killed;a=Lebanon's health ministry]], and
    [[1,835|injured;a=Lebanon's health ministry]] wounded, and [[tens of thousands of
    people|displaced]] fled the south.""",
)

item(
    "Peacekeepers hurt as UNIFIL posts come under fire",
    """[[Two Sri Lankan peacekeepers|injured;a=UNIFIL]] were wounded when Israeli fire hit a watchtower
    in Naqoura, UNIFIL said. The mission has [[about 10,000 troops|combatants;a=The mission;alt=UNIFIL]]
    from [[50 countries|other;u=other;a=The mission;alt=UNIFIL]] along the Blue Line, it said, and
    will keep them in place despite Israeli requests to withdraw.""",
)

item(
    "Hezbollah and Israel tally their dead",
    """[[At least 400 Hezbollah fighters|killed;a=an AFP tally]] have been killed in Israeli strikes
    since {{October}}, according to an AFP tally, along with [[about 80 civilians|killed;a=an AFP
    tally]] in Lebanon. On the Israeli side, [[18 soldiers|killed;a=the army]] and [[13
    civilians|killed;a=the army]] have been killed, the army says.""",
)

item(
    "Nine killed in Jenin raid",
    """[[Nine Palestinians|killed;a=the Palestinian health ministry]] were killed during an Israeli
    raid on the Jenin refugee camp, the Palestinian health ministry said. The army said its forces
    had arrested [[14 wanted suspects|arrested;a=The army]] and seized [[dozens of
    weapons|other;a=The army]], and that [[one soldier|injured;a=The army]] was lightly hurt.""",
)

item(
    "Israel orders eastern Rafah evacuated",
    """The Israeli military ordered [[about 100,000 people|displaced;p;a=The Israeli military]] to leave
    eastern Rafah ahead of a ground operation. [[About 450,000 people|displaced;a=UNRWA]] have fled
    the city in {{the past week}}, UNRWA said, many for the {{fourth or fifth time}}. [[About 1.4 million people|displaced]] had
    been sheltering in Rafah before the order.""",
)

item(
    "Iran fires hundreds of drones and missiles at Israel",
    """Iran launched [[more than 300 drones and missiles|other;n=drones and missiles;a=the Israeli
    military]] at Israel overnight, and {{99%}} were intercepted, the Israeli military said. [[One
    girl|injured;a=officials]], {{aged 7}}, was seriously hurt by shrapnel in the Negev, officials
    said. The United States said its forces had downed [[more than 70 drones|other;a=The United
    States]] and [[three ballistic missiles|other;a=The United States]].""",
)

item(
    "Security Council demands Gaza ceasefire",
    """The UN Security Council adopted {{Resolution 2728}} on {{March 25, 2024}}, {{14-0}} with the
    United States abstaining, demanding an immediate ceasefire for the holy month and the release
    of all hostages. It was the first time in {{more than five months}} of war that the council had
    called for a halt.""",
)

item(
    "Israel says drone strike killed Hezbollah unit commander",
    """Israel said a drone strike in southern Lebanon killed the commander of Hezbollah's Radwan
    Force unit in the area and [[three other fighters|killed;a=Israel]]. Hezbollah announced the
    deaths of [[four members|killed;a=Hezbollah]] but did not say where they had been killed.""",
)

item(
    "IDF withdraws division from Khan Younis",
    """The Israeli military said it had withdrawn the {{98th Division}} from Khan Younis, leaving
    [[one brigade|combatants;u=other]] in southern Gaza after {{four
    months}} of fighting. At the height of the offensive, [[about 50,000 troops|combatants;a=Israeli media]] were
    deployed in the enclave, according to Israeli media. The military said it had killed [[about
    4,000 militants|killed;a=The military]] in the Khan Younis area.""",
)

item(
    "Unit 8200 chief resigns over October 7",
    """The commander of Israel's {{Unit 8200}} resigned, saying the intelligence failure of {{October
    7, 2023}} was his responsibility. The attack killed [[about 1,200 people|killed;a=Israeli
    officials]], most of them civilians, and [[251|kidnapped;a=Israeli officials]] were taken
    hostage into Gaza, Israeli officials say.""",
)

item(
    "West Bank operation displaces thousands",
    """The Israeli operation in the northern West Bank has displaced [[about 40,000
    Palestinians|displaced;a=UNRWA]] from the Jenin, Tulkarm and Nur Shams camps, UNRWA said. The
    army said it had killed [[more than 50 militants|killed;a=The army]] and detained [[about 300
    suspects|arrested;a=The army]] in the operation and deployed [[three battalions|combatants;u=other]]
    to the area, with tanks for the first time in {{two decades}}.""",
)

item(
    "Hezbollah pager blasts wound thousands",
    """Pagers used by Hezbollah members exploded across Lebanon, killing [[12 people|killed;a=Lebanon's
    health minister]], including [[two children|killed;a=Lebanon's health minister]], and wounding
    [[about 2,800|injured;a=Lebanon's health minister]], Lebanon's health minister said. Iran's
    ambassador was among the wounded. Walkie-talkies exploded the next day, killing [[20
    more|killed;n=-;a=the minister;alt=Lebanon's health minister]] and wounding [[more than
    450|injured;a=the minister;alt=Lebanon's health minister]], the minister said.""",
)

item(
    "Gaza fighters killed in tunnel network, army says",
    """The Israeli military said troops had killed [[dozens of Hamas gunmen|killed;a=The Israeli
    military]] in close-quarters fighting around the Shifa hospital and detained [[more than 500
    suspects|arrested;a=The Israeli military]], [[358|arrested;a=The Israeli military]] of whom it
    said were members of militant groups. Hamas denied that any fighters were in the hospital.""",
)

item(
    "Ceasefire lets Lebanese return south",
    """[[Tens of thousands of displaced Lebanese|returned]] began driving back to the south on
    Wednesday as a ceasefire took hold, despite Israeli warnings. The Lebanese army said it would
    deploy [[10,000 soldiers|combatants;p;a=The Lebanese army]] south of the Litani river within
    {{60 days}}, as the truce requires.""",
)
