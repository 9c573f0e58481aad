"""Ukraine: mobilisation, the draft offices, men stopped at the borders, desertion and
absence without leave, prisoners and volunteers in the army (12 texts with figures, 1
without)."""

from _wrap import item

item(
    "Border guards pull bodies from the Tisza as men try to flee the draft",
    """Ukrainian border guards detained [[14 men|arrested;a=the State Border Guard Service]] who
    tried to swim across the Tisza River into Romania over the weekend, the State Border Guard
    Service said on Monday. [[Two others|killed]] drowned, and their bodies were pulled from the
    water near the village of Vylok. Since the start of the full-scale invasion in February
    {{2022}}, [[at least 45 people|killed;a=the service;alt=the State Border Guard Service]]
    have died trying to cross the river, the service said. Men aged {{18 to 60}} are barred from
    leaving the country under martial law, with few exceptions, and those caught are fined up to
    {{5,100 hryvnias}} and handed over to enlistment officers. The service says it has stopped
    [[more than 40,000 men|arrested;a=The service;alt=the State Border Guard Service]] trying to
    leave illegally since the invasion, [[some 13,600 of them|arrested;n=-;a=The service;alt=the
    State Border Guard Service]] at official crossings with forged documents. Romanian police
    said they had registered [[more than 6,100 Ukrainian men|displaced;a=Romanian police]] who
    crossed the river or the mountains illegally since {{2022}}, and that [[about 4,000 of
    them|displaced;n=-;a=Romanian police]] had applied for asylum.""",
)

item(
    "Ukraine's parliament passes law to widen mobilisation",
    """KYIV, {{April 11}} (Reuters) - Ukraine's parliament on Thursday passed a law overhauling
    how men are called up to fight, as the army seeks to replenish units worn down by more than
    {{two years}} of war. The bill, which drew [[more than 4,000 amendments|other;u=other]]
    after it was submitted in January, passed with [[283 votes|other;u=other]]. It obliges men
    aged {{18 to 60}} to update their military records within {{60 days}} and lets enlistment
    officers send summonses electronically. Lawmakers dropped a clause that would have let
    soldiers go home after {{36 months}} of service. A separate law signed last week lowered the
    mobilisation age from {{27 to 25}}, a change the defence ministry expects to make [[about
    50,000 more men|civilians;p;a=the defence ministry]] eligible. Former commander-in-chief
    Valerii Zaluzhnyi had asked for [[450,000 to 500,000 more troops|combatants;p;a=Former
    commander-in-chief Valerii Zaluzhnyi]], a figure President Volodymyr Zelensky later said was
    too high. Officials say [[between 20,000 and 30,000 men a month|combatants;a=Officials]] are
    now being mobilised. Zelensky said in February that [[31,000 Ukrainian
    soldiers|killed;a=Zelensky]] had been killed since the invasion began.""",
)

item(
    "Video of Odesa draft round-up prompts outcry",
    """ODESA, Ukraine (AP) — Videos of enlistment officers forcing men into minibuses in Odesa
    have prompted a wave of anger, and Ukraine's human rights commissioner said on Wednesday his
    office had received [[more than 3,500 complaints|other;u=other;a=Ukraine's human rights
    commissioner]] about draft officers this year. During a raid on a gym in the city last
    month, officers checked the papers of [[about 60 men|other]] and took [[12|arrested]] who
    had not updated their records to the enlistment office. The regional enlistment office said
    [[three officers|other;a=The regional enlistment office]] had been suspended pending an
    inquiry. Police have opened [[more than 300 criminal cases|other;a=a police spokesman]]
    against enlistment officers over abuses since {{2024}}, a police spokesman said. The
    military says it needs to mobilise [[around 30,000 men a month|combatants;p;a=The military]]
    to replace losses and rotate exhausted brigades. Men who ignore a summons face fines of up
    to {{25,500 hryvnias}} and can have their driving licences suspended.""",
)

item(
    "AWOL cases surge as Ukraine offers soldiers a way back",
    """Ukrainian prosecutors registered [[more than 89,000 criminal cases|other;a=the Prosecutor
    General's Office]] over soldiers absent without leave in the first {{10 months}} of
    {{2024}}, and [[about 16,000|other;u=other;a=the Prosecutor General's Office]] over
    desertion, according to the Prosecutor General's Office. A law that took effect in November
    lets soldiers who leave their units for the first time return without criminal charges.
    Since then, [[some 9,800 soldiers|combatants;a=the Ground Forces]] have gone back to
    service, the Ground Forces said, [[roughly 3,000 of them|combatants;n=-;a=the Ground
    Forces]] in December alone. Opposition lawmaker Oleksii Honcharenko, who tracks the data,
    estimated that [[up to 200,000 soldiers|other;a=Opposition lawmaker Oleksii Honcharenko]]
    may have left their units since {{2022}}. Desertion carries {{five to 12 years}} in prison
    under the criminal code. A military court in Lviv last week sentenced [[two
    soldiers|arrested]] who fled a position near Pokrovsk to {{five years}} each.""",
)

item(
    "Ukrainian men in Europe weigh a summons from home",
    """Of the [[4.3 million Ukrainians|displaced;a=Eurostat]] living in the European Union under
    temporary protection, [[about 860,000|displaced;a=Eurostat]] are men of fighting age,
    according to Eurostat. In April {{2024}}, Kyiv stopped issuing passports at consulates to
    men aged {{18 to 60}} who had not updated their military records. Poland hosts [[almost 1
    million Ukrainians|displaced]], and Germany [[some 200,000 Ukrainian men|displaced]]. "I
    left Kharkiv in {{2022}} with my wife and daughter, and I am not ready to go back to a
    trench," said Andriy, {{34}}, who works in a Munich warehouse. His [[two
    brothers|combatants]] serve near Pokrovsk. Ukraine's embassy in Warsaw said [[only about 500
    men|combatants;a=Ukraine's embassy in Warsaw]] had joined the Ukrainian Legion formed in
    Poland last year. Ukraine's border service says [[about 1,200 men a day|returned;a=Ukraine's
    border service]] of conscription age return from Poland, many of them only for short
    visits.""",
)

item(
    "Thousands of Ukrainian prisoners join army under parole law",
    """[[More than 3,800 prisoners|combatants;a=the Justice Ministry]] have been released on
    parole to join the armed forces since parliament allowed it in May, the Justice Ministry
    said on Friday. [[About 5,000 more|other;n=-;a=Deputy Justice Minister Olena Vysotska]] have
    applied, Deputy Justice Minister Olena Vysotska told reporters, though officials had hoped
    to recruit [[up to 20,000|combatants;p;a=officials]]. Inmates convicted of killing {{two or
    more people}}, of sexual violence or of crimes against national security are excluded.
    Ukraine's prisons held [[about 42,000 inmates|arrested]] at the start of the year. The
    Ukrainian Helsinki Human Rights Union said [[at least 70 former inmates|killed;a=The
    Ukrainian Helsinki Human Rights Union]] had been killed by December, while [[about
    300|other;a=The Ukrainian Helsinki Human Rights Union]] had deserted. Each recruit receives
    the standard monthly pay of about {{20,000 hryvnias}}, rising to {{100,000 hryvnias}} at the
    front.""",
)

item(
    "Ukraine's contracts for under-25s draw few takers",
    """KYIV (Reuters) - Ukraine's "{{18-24}}" contracts, which offer young volunteers a bonus of
    {{1 million hryvnias}} for a year's service, have drawn [[about 500 recruits|combatants;a=an
    official at the defence ministry]] in their first {{three months}}, an official at the
    defence ministry told Reuters. The government had hoped to sign up [[tens of
    thousands|combatants;p;a=The government]]. Men {{under 25}} cannot be mobilised, and [[more
    than 1 million men|civilians;a=the Kyiv School of Economics]] in that age group live in
    government-controlled Ukraine, according to the Kyiv School of Economics. The {{3rd}}
    Assault Brigade said [[around 150|combatants;a=The 3rd Assault Brigade]] had joined its
    ranks through the scheme, and that [[two of them|killed;n=-;a=The 3rd Assault Brigade]] had
    been killed. In all, [[more than 60,000 volunteers|combatants;a=the official;alt=an official
    at the defence ministry]] in that age group have enlisted since {{2022}}, the official
    said.""",
)

item(
    "Missile strike on training ground kills Ukrainian recruits",
    """A Russian Iskander missile struck a training ground in Ukraine's Dnipropetrovsk region on
    Sunday, killing [[12 soldiers|killed;a=Ukraine's Ground Forces]] and wounding [[more than
    60|injured;a=Ukraine's Ground Forces]], Ukraine's Ground Forces said. Most of the dead were
    recruits in their first weeks of training, a soldier from the unit told AFP. Lawmaker
    Maryana Bezuhla said [[about 400 recruits|combatants;a=Lawmaker Maryana Bezuhla]] had been
    lined up in the open when the missile hit. Russia's defence ministry claimed [[up to 200
    Ukrainian servicemen|killed;a=Russia's defence ministry]] had died, a figure AFP could not
    verify. Regional governor Serhiy Lysak said [[seven of the wounded|injured;a=Regional
    governor Serhiy Lysak]] were in a serious condition, and [[three recruits|missing;a=Regional
    governor Serhiy Lysak]] were still unaccounted for on Monday. It was at least the {{third}}
    strike on a Ukrainian training site this year. In November {{2023}}, a strike on a medal
    ceremony of the {{128th}} Mountain Assault Brigade in Zaporizhzhia killed [[19
    soldiers|killed]].""",
)

item(
    "Millions update military records as Ukraine's deadline passes",
    """[[More than 4.6 million men|other;a=the defence ministry]] updated their military records
    before the {{July 16}} deadline, the defence ministry said, [[about 1.5 million of
    them|other;n=-;a=the defence ministry]] through the Reserve+ smartphone app. Enlistment
    offices have since sent electronic summonses to [[about 400,000 men|combatants;p;a=Deputy
    Defence Minister Kateryna Chernohorenko]], Deputy Defence Minister Kateryna Chernohorenko
    said. [[More than 700,000 men|other]] are on a register of those wanted for failing to
    report. Men who miss the deadline face fines of {{17,000 hryvnias}} to {{25,500 hryvnias}}.
    Ukraine's National Police said they had detained [[about 2,300 men|arrested;a=Ukraine's
    National Police]] on the wanted register at checkpoints in {{June}}. The ministry says the
    app now generates [[about 25,000 summonses a day|other;u=other;a=The ministry;alt=the
    defence ministry]].""",
)

item(
    "Moldova becomes a route for Ukrainian draft evaders",
    """CHISINAU (RFI) - Moldova's border police say they registered [[about 1,300 Ukrainian
    men|displaced;a=Moldova's border police]] who crossed into the country illegally in
    {{2023}}, many of them through the forests of northern Moldova. [[Fewer than
    50|displaced;a=the government]] have been granted asylum, the government said. On the
    Ukrainian side, guards found [[11 men|arrested]] hidden in the back of a fruit lorry near
    Mohyliv-Podilskyi last week, and [[one man|killed]] was found dead of exposure in the forest
    in {{January}}. Smugglers charge {{$5,000}} to {{$10,000}} a head, investigators said.
    Ukrainian police detained [[three smugglers|arrested;a=the police;alt=Ukrainian police]], a
    former enlistment officer among them, the police said on Tuesday. Moldova hosts [[about
    120,000 Ukrainian refugees|displaced;a=UNHCR]], UNHCR says, [[fewer than 15,000 of
    them|displaced;n=-;a=UNHCR]] men aged {{18 to 60}}.""",
)

item(
    "Ukraine's International Legion and the foreigners who fight",
    """When Kyiv called for foreign volunteers in February {{2022}}, [[about 20,000
    people|other;a=Foreign Minister Dmytro Kuleba]] from [[52 countries|other;u=other;a=Foreign
    Minister Dmytro Kuleba]] applied within {{three weeks}}, then Foreign Minister Dmytro Kuleba
    said. Far fewer stayed. Ukraine's military intelligence says [[several thousand foreign
    fighters|combatants;a=Ukraine's military intelligence]] now serve in its ranks, including
    [[some 1,500 Colombians|combatants;a=Ukraine's military intelligence]]. Colombia's foreign
    ministry said [[at least 300 Colombians|killed;a=Colombia's foreign ministry]] had died in
    Ukraine by {{2025}}, and [[about 50|missing;a=Colombia's foreign ministry]] were missing.
    Recruits are offered the same pay as Ukrainian soldiers, from about {{$500}} a month in the
    rear to {{$3,000}} at the front.""",
)

item(
    "Ukraine's reservation scheme keeps workers out of the army",
    """Ukraine's economy ministry says [[about 1.5 million workers|other;a=Ukraine's economy
    ministry]] have been exempted from mobilisation because they work for enterprises deemed
    critical. Firms can reserve up to {{50%}} of conscription-age staff if they pay at least
    {{20,000 hryvnias}} a month. The ministry has granted critical status to [[more than 27,000
    enterprises|other;u=other]], [[around 900 IT companies|other;u=other]] among them.
    Inspectors cancelled the exemptions of [[some 3,700 workers|other]] at firms found to have
    padded their payrolls. [[About 500,000 students|other]] have deferments, and the Cabinet has
    proposed ending those for men over {{25}} in part-time courses. Military analysts say the
    scheme protects [[up to 300,000 men|other;a=Military analysts]] who would otherwise be fit
    to serve.""",
)

item(
    "Kyiv puts off demobilisation again",
    """Ukraine's parliament has again put off a decision on demobilising soldiers who have
    fought since February {{2022}}. A draft debated in {{May 2025}} would have let them go home
    after {{36 months}} of service, but the defence ministry warned that the front could not
    spare them. The general staff has proposed a cap of {{three years}} once mobilisation of men
    aged {{25 to 27}} brings in enough recruits. In a poll by the Kyiv International Institute
    of Sociology published on {{June 3}}, {{62%}} of respondents backed a fixed term, and
    {{18%}} opposed it. Front-line soldiers are paid up to {{100,000 hryvnias}} a month.""",
)
