"""Captives: hostages taken and freed, prisoners and detainees, exchanges, the missing, forces."""

from _wrap import item

item(
    "Israel says 1,200 killed and 251 taken hostage in Hamas attack",
    """Gunmen who broke through the Gaza fence on {{7 October 2023}} killed [[about 1,200 people|killed;a=Israeli officials]]
    in southern Israel, most of them civilians, according to Israeli officials, and took [[251
    hostages|kidnapped;a=Israeli officials]] back into Gaza. The army said [[some 3,000 militants|combatants;a=The army]]
    had crossed into Israel under cover of [[more than 3,000 rockets|other;a=The army]] fired in the first
    hours. At the Nova music festival near Re'im, [[more than 360 people|killed;a=police]] were killed,
    police said, and [[at least 40|kidnapped;a=police;n=-]] abducted. The health ministry said [[at least
    5,400 people|injured;a=The health ministry]] had been treated for wounds. Among the hostages were
    [[about 30 children|kidnapped]], the youngest, Kfir Bibas, just {{nine months}} old. The military
    later said it had killed [[around 1,600 attackers|killed;a=The military]] inside Israel.""",
)

item(
    "Truce ends after 105 hostages and 240 prisoners freed",
    """A {{seven-day}} truce between Israel and Hamas ended on Friday after [[105 hostages|kidnapped;a=Israel's prime minister's office]]
    had been freed, Israel's prime minister's office said: [[81 Israelis|kidnapped;a=Israel's prime minister's office]],
    [[23 Thais|kidnapped;a=Israel's prime minister's office]] and [[one Filipino|kidnapped;a=Israel's prime minister's office]].
    In exchange Israel released [[240 Palestinian prisoners|other;a=the Palestinian Prisoners' Society]],
    [[107 of them|other;a=the Palestinian Prisoners' Society;n=-]] minors, according to the Palestinian
    Prisoners' Society. Under the deal, [[200 trucks a day|aid;p]] of aid were meant to enter Gaza. Israel
    says [[137 hostages|kidnapped;a=Israel]] are still held. The prisoners were freed at a ratio of
    {{three to one}}, most of them from the West Bank and East Jerusalem.""",
)

item(
    "Gaza ceasefire deal: 33 hostages to be freed in first phase",
    """Hamas is to free [[33 Israeli hostages|kidnapped;a=Qatar's prime minister;p]] over the {{42 days}} of
    the first phase of the ceasefire agreement, Qatar's prime minister said, in exchange for [[about 1,900
    Palestinian prisoners and detainees|other;a=Qatar's prime minister;p;n=prisoners and detainees]]. Israel's justice ministry
    published a list of [[737 prisoners|other;a=Israel's justice ministry;p]] serving long sentences and
    [[1,167 Gazans|other;a=Israel's justice ministry;p]] detained during the war who would be released.
    The Israeli government said it believed [[eight of the 33|killed;a=The Israeli government;n=-;v=8]] were
    dead. On Sunday, [[three female hostages|kidnapped]] were handed to the Red Cross in Gaza City, and
    [[90 prisoners|other]], mostly women and minors, were freed from Ofer prison hours later. Palestinian
    rights groups say Israel still holds [[more than 10,000 Palestinians|arrested;a=Palestinian rights groups]].""",
)

item(
    "Last living hostages come home as Israel frees nearly 2,000 prisoners",
    """[[All 20 living hostages|kidnapped;a=the Israeli military]] held in Gaza were handed to the Red
    Cross on Monday and brought back to Israel, the Israeli military said, {{two years}} after they were
    seized. Israel then released [[1,968 Palestinian prisoners|other;a=the Israel Prison Service]], the
    Israel Prison Service said, among them [[250 serving life sentences|other;a=the Israel Prison Service;n=-]]
    and [[1,718 detainees|other;a=the Israel Prison Service]] held from Gaza without charge. Hamas handed over
    [[the remains of four hostages|killed]] and said it needed heavy machinery to locate the
    bodies of the other [[24|killed;a=Hamas;n=-]]. Israel said it would return [[15 Palestinian bodies|killed;a=Israel;p]]
    for each hostage's remains. In Khan Younis, [[thousands of people|other]] waited at the Nasser
    hospital for buses carrying the released men.""",
)

item(
    "Four hostages rescued in Nuseirat raid; Gaza officials say 274 killed",
    """Israeli special forces rescued [[four hostages|kidnapped;a=the military]] from two apartments in the
    Nuseirat camp on Saturday, the military said, in an operation launched at {{11 a.m.}} under heavy air
    cover. Gaza's health ministry said [[274 Palestinians|killed;a=Gaza's health ministry]] were killed
    and [[698|injured;a=Gaza's health ministry;n=-]] wounded in the raid and the strikes around it. The
    Israeli military put the number of Palestinians killed at [[fewer than 100|killed;a=The Israeli military;n=-]]. [[One officer|killed;a=the military]] of the Yamam police unit was killed, the military
    said. [[Hundreds of troops|combatants;a=Israeli media]] took part, Israeli media reported. The four, {{aged 21 to
    41}}, had been held for {{245 days}}. Hamas said [[three other hostages|killed;a=Hamas]] had been killed in the raid, a claim
    Israel denied.""",
)

item(
    "Israel holding thousands of Gazans without charge, rights groups say",
    """The Israel Prison Service holds [[about 10,200 Palestinians|arrested;a=the rights group HaMoked]],
    including [[3,400 administrative detainees|arrested;a=the rights group HaMoked]] and [[1,772 people|arrested;a=the rights group HaMoked]]
    held as "unlawful combatants", according to the rights group HaMoked. The figures do not include
    [[hundreds|arrested;n=-]] held in military camps such as Sde Teiman. Physicians for Human Rights-Israel
    said [[at least 75 detainees|killed;a=Physicians for Human Rights-Israel]] had died in Israeli custody
    since {{October 2023}}, [[at least 36|killed;a=the group;alt=Physicians for Human Rights-Israel;n=-]]
    of them at Sde Teiman, the group said. The army says it has opened [[74 criminal
    investigations|other;a=The army;u=other]] into deaths and abuse in custody. Detainees are held for
    up to {{45 days}} before seeing a judge.""",
)

item(
    "Thousands still missing in Gaza as families search",
    """[[About 11,000 people|missing;a=Gaza's civil defence agency]] remain missing in Gaza, Gaza's civil
    defence agency estimates, most believed buried under rubble. The International Committee of the
    Red Cross said it had registered [[more than 8,700 requests|other;a=The International Committee of the Red Cross;u=other]]
    from families trying to trace relatives, and had resolved [[about 3,500|other;a=The International Committee of the Red Cross;u=other;n=-]]
    of them. [[Some 2,000 of the missing|missing;a=the ICRC;n=missing]] are children, the ICRC said. The
    Geneva-based Euro-Med Monitor puts the number of missing at [[13,000 or more|missing;a=The Geneva-based Euro-Med Monitor;q=at_least;n=-]],
    including [[hundreds|missing;n=-;a=The Geneva-based Euro-Med Monitor]] it believes were taken by Israeli forces. "We are looking for
    a name, a grave, anything," said Amal Sharif, {{56}}, whose son disappeared at a checkpoint in {{2024}}. Rights groups say Israel has not disclosed the
    whereabouts of [[at least 1,000 detainees|missing;a=Rights groups]].""",
)

item(
    "Hostage tally: how many remain in Gaza",
    """[[101 hostages|kidnapped;a=the Israeli military]] remain in Gaza, the Israeli military said on
    Thursday, {{a year}} after the attack, and [[at least 35 of them|killed;a=the Israeli military;n=-]]
    are believed to be dead. So far [[117 hostages|kidnapped;a=the Israeli military]] have come back
    alive, it said, [[eight|kidnapped;a=the Israeli military;n=-]] of them rescued by troops, and the
    bodies of [[37 hostages|killed;a=the Israeli military]] have been recovered. The Hostages and Missing
    Families Forum said the fate of [[two others|missing;a=The Hostages and Missing Families Forum]] was
    unknown. [[Seven foreign nationals|kidnapped]], most of them Thai farm workers, are among those still
    held. Protesters in Tel Aviv marked the anniversary at {{6:29 a.m.}}, the time the first rockets were
    fired.""",
)

item(
    "Israel's war losses: soldiers killed, reservists called up",
    """[[More than 900 Israeli soldiers|killed;a=the military]] have been killed since {{7 October 2023}},
    the military said on Monday, [[about 400|killed;a=the military;n=-]] of them in the ground operation
    in Gaza. It said [[some 2,300 soldiers|injured;a=the military]] had been seriously or
    moderately wounded in Gaza. Israel called up [[300,000 reservists|combatants;a=Israel's military]] in the first
    days of the war, the largest mobilisation in its history, according to Israel's military. It estimates that Hamas had
    [[about 30,000 fighters|combatants;a=Israel's military]] before the war and that [[more than
    17,000|killed;a=Israel's military;n=-]] have been killed. US intelligence assessments reported
    by Reuters say Hamas has recruited [[10,000 to 15,000 new fighters|combatants;a=US intelligence assessments]]
    since then. The defence ministry said [[about 10,000 soldiers|other;a=The defence ministry]] were being
    treated for trauma.""",
)

item(
    "Troops raid Kamal Adwan hospital, detain director and staff",
    """Israeli troops raided the Kamal Adwan hospital in Beit Lahia on Friday and detained [[more than
    240 people|arrested;a=the military]], including the director, Hussam Abu Safiya, the military said.
    It said [[about 20|arrested;a=the military;n=-]] of those held were Hamas members. The
    health ministry said [[44 medical staff|arrested;a=The health ministry]] were among the detained,
    and that [[about 350 patients|displaced;a=The health ministry]] and companions had been moved to the
    Indonesian Hospital, which is out of service. The World Health Organization said [[15 critical
    patients|displaced;a=The World Health Organization]] had been transferred to al-Ahli hospital in
    Gaza City. The military said its forces had killed [[about 20 militants|killed;a=The military]] in
    and around the compound. The hospital had been the last functioning in the north.""",
)

item(
    "Bibas family bodies returned as prisoner release is delayed",
    """Hamas handed over [[four bodies|killed]] on Thursday that it said were those of Shiri Bibas, her
    sons Ariel and Kfir, {{aged four}} and {{nine months}}, and Oded Lifshitz, {{83}}. Israeli forensic
    experts said one of the bodies was not that of Shiri Bibas, whose remains were returned a day later.
    Israel delayed the release of [[620 Palestinian prisoners|other;a=Israel]], saying Hamas had
    violated the deal, and [[six living hostages|kidnapped]] were freed on Saturday. [[More than 5,000 people|other]] attended the funeral of the Bibas family, and [[thousands of
    Israelis|other]] lined the road from the Gaza border to the funeral. The prisoners, [[445 of them|other;n=-]]
    Gazans detained during the war, were eventually freed on {{27 February}}.""",
)

item(
    "Rafah crossing reopens for Gazans stranded in Egypt",
    """[[About 300 Palestinians|returned;a=Egyptian officials]] crossed back into Gaza through Rafah on
    Monday, the first day the crossing opened for returns, Egyptian officials said. Egypt has registered
    [[more than 30,000 Gazans|returned;a=Egypt;p]] who want to go home, and Israel has agreed to let
    [[up to 50 people a day|returned;a=the European Union mission;p]] return under the supervision of the
    European Union mission, the mission said. At the same time, [[150 patients|displaced;a=the WHO]] and
    [[300 companions|displaced;a=the WHO]] are to leave each week for treatment abroad, the WHO said.
    "My children have not seen Gaza for {{two years}}," said one woman, {{33}}, who had been waiting in
    al-Arish since {{2024}}. [[Dozens of families|returned]] were turned back for lack of documents.""",
)

item(
    "Stabilisation force for Gaza: who will send troops",
    """An international stabilisation force for Gaza could number [[up to 20,000 troops|combatants;a=diplomats;p]],
    diplomats said, under the mandate given by Security Council {{Resolution 2803}}. Indonesia has offered
    [[20,000 soldiers|combatants;a=Indonesia;p]], and Azerbaijan and Pakistan are considering smaller
    contingents. The US has sent [[about 200 troops|combatants;a=US officials]] to a coordination centre in
    Kiryat Gat, US officials said, none of whom will enter Gaza. Israel estimates that Hamas still has
    [[about 20,000 fighters|combatants;a=Israel]] and [[tens of thousands of rifles|other;a=Israel]]. The
    Israeli military says it has destroyed [[more than 1,500 tunnel shafts|other;a=The Israeli military;u=other]]
    since the ceasefire began. Egypt says it has trained [[some 5,000 Palestinian police
    officers|combatants;a=Egypt;p]] to deploy in Gaza. Hamas says it will not disarm while the occupation continues.""",
)

item(
    "Hamas fighters trapped in Rafah tunnels behind Israeli lines",
    """[[Up to 200 Hamas fighters|combatants;a=Israeli officials]] are trapped in tunnels in eastern
    Rafah, on the Israeli side of the ceasefire line, Israeli officials said. The army said it had
    killed [[more than 30|killed;a=The army;n=-]] who tried to leave the tunnels in the past {{two weeks}}
    and that [[five|arrested;a=The army;n=-]] had surrendered and been detained. Hamas said it had lost
    contact with its men there. Egyptian mediators have proposed letting [[about 150 fighters|combatants;a=Egyptian mediators;p]]
    who are still alive cross to Hamas-held areas and hand over their weapons. [[Two Israeli
    soldiers|injured;a=the army]] were wounded on Sunday when an explosive device went off at a tunnel
    mouth, the army said. In Gaza City, the Hamas-run police force has recalled [[some 7,000
    officers|combatants;a=the interior ministry]] to patrol the streets, the interior ministry said.""",
)

item(
    "ICJ timeline: South Africa's genocide case against Israel",
    """South Africa filed its case at the International Court of Justice on {{29 December 2023}}, under
    {{Article IX}} of the {{1948}} Genocide Convention. On {{26 January 2024}}, the court ordered Israel
    to take measures to prevent acts covered by {{Article II}} of the convention; it added further
    orders on {{28 March}} and {{24 May}}, the last on Rafah. Israel filed its counter-memorial in {{2026}},
    after the court granted it a {{six-month}} extension. A ruling on the merits is not expected for
    several years. The judges voted {{15-2}} on most of the {{January}} measures.""",
)

item(
    "Two years on: a timeline of the Gaza war",
    """{{7 October 2023}}: Hamas-led gunmen attack southern Israel; Israel declares war the next day.
    {{27 October}}: the Israeli ground offensive begins. {{24 November}}: a truce of {{seven days}}
    starts. {{6 May 2024}}: Israel orders the evacuation of eastern Rafah. {{19 January 2025}}: a
    ceasefire takes effect; Israel ends it on {{18 March}}. {{22 August 2025}}: famine is confirmed in
    Gaza governorate. {{10 October 2025}}: a new ceasefire, under a {{20-point}} US plan, takes hold, and
    the {{second phase}} is still being negotiated in {{2026}}.""",
)
