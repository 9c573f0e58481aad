"""Items: the Secretary-General's periodic and annual reports (children and armed conflict,
protection of civilians, sexual violence, peacekeeping, aid workers) and the Human Rights
Council's commissions and rapporteurs, across the set's wars."""

from _wrap import item

item(
    "Children and armed conflict: UN verifies record violations",
    """
The United Nations verified [[32,990 grave violations|other;u=other;a=The United Nations]]
against children in {{2023}}, the highest number since the monitoring mechanism was set up
{{two decades}} ago, according to the Secretary-General's annual report on children and armed
conflict, released on {{Tuesday}}. The report said [[5,301 children|killed;a=The report;alt=the Secretary-General's annual report on children and armed conflict]]
were killed and [[6,348|injured;a=The report;alt=the Secretary-General's annual report on children and armed conflict]]
maimed, and that the recruitment and use of [[8,655 children|combatants;a=The report;alt=the Secretary-General's annual report on children and armed conflict]]
by armed forces and groups had been verified. [[More than 4,300 children|kidnapped;a=the report;alt=the Secretary-General's annual report on children and armed conflict]]
were abducted, the report said, most of them in the DRC, Somalia and Nigeria. Attacks on
schools and hospitals rose {{32 per cent}}, to [[1,650|other;u=other]].
Virginia Gamba said the UN had also verified [[3,900 incidents|other;u=other;a=Virginia Gamba]]
in which humanitarian access to children was denied, and that
[[about 10,600 children|returned;a=Virginia Gamba]] had been released from armed groups and
returned to their communities during the year.
""",
)

item(
    "Peacekeepers killed: UN honours 61 fallen in Hammarskjöld ceremony",
    """
[[Sixty-one peacekeepers|killed;a=the Secretary-General]] lost their lives in the line of duty
last year, the Secretary-General said at the ceremony on {{29 May}}, the International Day of UN
Peacekeepers, when the Dag Hammarskjöld Medal was awarded posthumously to each of them.
[[At least 25|killed;a=the Department of Peace Operations]] were killed by hostile acts, the
Department of Peace Operations said, most of them in Mali, the Central African Republic and the
DRC. The UN currently deploys [[about 70,000 uniformed personnel|combatants]] in
[[11 missions|other;u=other]], down from [[more than 100,000|combatants]] in {{2015}}. Since
{{1948}}, [[more than 4,300 peacekeepers|killed;a=the department;alt=the Department of Peace Operations]] have died in UN service, the
department said. MINUSCA, the largest mission still deployed in Africa, has
[[some 14,400 troops and police|combatants;n=troops and police]] in the Central African Republic.
""",
)

item(
    "Aid workers: deadliest year on record, OCHA says",
    """
[[At least 383 aid workers|killed;a=OCHA]] were killed worldwide in {{2024}}, OCHA said on World
Humanitarian Day, the deadliest year since records began, and [[more than 180|killed;a=OCHA]] of
them in Gaza. Another [[308|injured;a=the Aid Worker Security Database]] were wounded, [[125|kidnapped;a=the Aid Worker Security Database]] kidnapped and
[[45|arrested;a=the Aid Worker Security Database]] detained, according to the Aid Worker Security Database, which OCHA cited.
Most of the victims were national staff. In Sudan, [[60 aid workers|killed;a=the office;alt=OCHA]]
were killed, more than double the previous year, and in South Sudan
[[32|killed;a=the office;alt=OCHA]], the office said. Tom Fletcher
said the number of aid workers killed in {{2025}} was on course to match it, with
[[at least 265|killed;a=Tom Fletcher]] by {{mid-August}}.
""",
)

item(
    "Protection of civilians report: deaths in war up 72 per cent",
    """
The Secretary-General's annual report on the protection of civilians in armed conflict recorded
[[at least 33,443 civilian deaths|killed;a=The Secretary-General's annual report on the protection of civilians in armed conflict]]
in [[14 armed conflicts|other;u=other;a=The Secretary-General's annual report on the protection of civilians in armed conflict]] in {{2023}}, {{a 72 per cent}} increase on the year before. Of those,
[[about 22,800|killed;a=the report;alt=The Secretary-General's annual report on the protection of civilians in armed conflict]] were in Gaza and the West Bank and
[[over 3,700|killed;a=the report;alt=The Secretary-General's annual report on the protection of civilians in armed conflict]] in Ukraine, the report said. Women accounted for
{{four in ten}} of the dead. The report counted [[117 million people|displaced;a=The report;alt=The Secretary-General's annual report on the protection of civilians in armed conflict]]
forcibly displaced worldwide by the {{end of the year}}, and said
[[more than 280 million people|civilians;a=The report;alt=The Secretary-General's annual report on the protection of civilians in armed conflict]]
worldwide faced acute food insecurity. The UN documented
[[2,562 attacks|other;u=other;a=The UN]] on health care in conflicts, which killed
[[487 health workers|killed;a=The UN]] and injured [[more than 1,000 patients and staff|injured;n=patients and staff;a=The UN]].
""",
)

item(
    "Sexual violence in conflict: report verifies 3,600 cases",
    """
The Secretary-General's annual report on conflict-related sexual violence, presented to the
Security Council by his special representative, Pramila Patten, verified
[[3,688 cases|other;u=other;a=The Secretary-General's annual report on conflict-related sexual violence]]
in {{2023}}, a {{50 per cent}} rise on the previous year. Patten said the DRC accounted for
[[733|other;u=other;a=Patten]], Somalia for [[272|other;u=other;a=Patten]] and Sudan for
[[at least 120|other;u=other;a=Patten]], where she said the real number was certainly far
higher. Women and girls made up {{95 per cent}} of the victims, and the youngest was {{one}}. In
Haiti, medical partners treated [[more than 1,100 survivors|other]] in the capital alone. The
report listed [[58 parties|other;u=other;a=The report;alt=The Secretary-General's annual report on conflict-related sexual violence]],
most of them non-state armed groups, credibly suspected of rape and other sexual violence.
""",
)

item(
    "Syria inquiry: 'tens of thousands' held in regime prisons",
    """
The Independent International Commission of Inquiry on Syria said in its report to the Human
Rights Council that [[tens of thousands of detainees|arrested;a=The Independent International Commission of Inquiry on Syria]]
were still held in government facilities, where torture was "systematic". Paulo Sérgio
Pinheiro, the commission's chair, said its investigators had interviewed
[[more than 2,000 former detainees|other;a=Paulo Sérgio Pinheiro]] since {{2011}}. The
commission said [[at least 157,000 people|missing;a=The commission;alt=The Independent International Commission of Inquiry on Syria]]
were missing or forcibly disappeared, citing the Syrian Network for Human Rights. In the
north-west, Syrian and Russian air strikes had killed [[at least 66 civilians|killed;a=the commission;alt=The Independent International Commission of Inquiry on Syria]]
in {{October}} alone, the commission said, and forced [[about 120,000 people|displaced;a=the commission;alt=The Independent International Commission of Inquiry on Syria]]
to flee. Hayat Tahrir al-Sham held [[several hundred people|arrested;a=the commission;alt=The Independent International Commission of Inquiry on Syria]] in its own
prisons, including activists and journalists, according to the commission.
""",
)

item(
    "Myanmar rapporteur: junta has burned 80,000 homes",
    """
Tom Andrews, the UN special rapporteur on human rights in Myanmar, told the Human Rights Council
that the military had burned or destroyed [[more than 80,000 homes|housing;a=Tom Andrews]] since
the coup, and that [[over 3 million people|displaced;a=Tom Andrews]] were now displaced. He
said [[at least 1,900 air strikes|other;u=other;n=strikes;a=Tom Andrews]] had been carried
out in the past year, against [[fewer than 300|other;u=other;a=Tom Andrews]] in the year before
the coup. The military had conscripted [[some 60,000 young people|combatants;a=Tom Andrews]]
under the conscription law activated in {{February 2024}}, he said, and planned to call up
[[5,000 a month|combatants;p;a=Tom Andrews]]. [[About 18.6 million people|civilians;a=OCHA]], {{a third}}
of the population, needed aid, according to OCHA. Andrews said
[[at least 1,600 people|killed;a=Andrews]] had died in military custody.
""",
)

item(
    "MONUSCO report: armed groups still recruiting children in the east",
    """
In his latest report on MONUSCO, the Secretary-General said [[more than 100 armed groups|combatants;u=other;n=groups;a=the Secretary-General]]
remained active in Ituri, North Kivu and South Kivu. The mission had recorded
[[1,279 civilians|killed;a=The mission;alt=MONUSCO]] killed and [[367|kidnapped;a=The mission;alt=MONUSCO]] abducted in the reporting period,
the report said. It said [[217 children|other;a=the report]] had been
separated from armed groups and handed to child protection partners, and that
[[about 2,100 former fighters|combatants;a=the report]] were waiting to enter the
disarmament programme. In Ituri, [[some 100,000 people|returned]] had
returned to their villages in Djugu after a lull in CODECO attacks. The mission's
[[13,500 troops|combatants]] were deployed in {{three}} provinces.
""",
)

item(
    "Haiti quarterly report: gangs control 85 per cent of the capital",
    """
Gangs now control {{about 85 per cent}} of Port-au-Prince, the Secretary-General said in his
quarterly report on Haiti, which recorded [[1,617 people|killed;a=the Secretary-General]] killed
and [[580|injured;a=the Secretary-General]] injured between {{January and March}}. The report
said [[at least 428 people|kidnapped;a=The report]] had been kidnapped, and that the Haitian
National Police had arrested [[more than 700 suspected gang members|arrested;a=The report]]. The
police, with [[about 9,000 officers|combatants]] on active duty, lost [[21 officers|killed]] in
the quarter. IOM recorded
[[over 60,000 people|displaced;a=IOM]] newly displaced, bringing the total to
[[1.04 million|displaced;a=IOM]]. In Kenscoff, gangs burned [[more than 150 houses|housing]].
""",
)

item(
    "UNRWA situation report: shelters hold a million people",
    """
UNRWA said in situation report number {{104}} that [[about 1 million displaced people|displaced;a=UNRWA]]
were sheltering in or near [[154 UNRWA installations|capacity;u=structure;a=UNRWA]]
across the Gaza Strip, [[some 190,000|displaced;a=UNRWA]] of them in the
north. The agency said [[at least 193 of its staff|killed;a=The agency;alt=UNRWA]] had been
killed and [[more than 160 installations|housing;u=structure;a=The agency;alt=UNRWA]] hit since the war
began, some of them several times. [[At least 500 people|killed;a=The agency;alt=UNRWA]]
sheltering in its buildings had been killed, it said. Its health teams held
[[about 21,000 consultations a day|aid;u=other;n=consultations;a=UNRWA]] in {{March}}, UNRWA said.
""",
)

item(
    "Ukraine inquiry finds deportations and torture amount to crimes",
    """
The Independent International Commission of Inquiry on Ukraine told the Human Rights Council
that Russian authorities had tortured detainees in [[at least 40 facilities|other;a=The Independent International Commission of Inquiry on Ukraine]]
in Russia and occupied Ukraine. Erik Møse, its chair, said the commission had interviewed
[[more than 900 victims and witnesses|other;n=victims and witnesses;a=Erik Møse]] and visited
[[56 localities|other;a=Erik Møse]]. In Kherson region, Russian drone operators had attacked
civilians on the streets, killing [[at least 150|killed;a=the commission;alt=The Independent International Commission of Inquiry on Ukraine]] over {{ten months}},
the commission said. The commission documented the transfer of [[about 2,500 children|displaced;a=The commission;alt=The Independent International Commission of Inquiry on Ukraine]]
from occupied areas to Russia or Belarus, and said
[[several hundred civilians|arrested;a=The commission;alt=The Independent International Commission of Inquiry on Ukraine]] were held incommunicado. The UN
monitoring mission separately counted [[at least 16 civilians|killed;a=The UN monitoring mission]]
executed in occupied areas in the period.
""",
)

item(
    "Hodeidah mission report: mines and shelling still kill civilians",
    """
The Secretary-General's report on the UN Mission to support the Hodeidah Agreement said
[[41 civilians|killed;a=The Secretary-General's report on the UN Mission to support the Hodeidah Agreement]]
had been killed and [[87|injured;a=The Secretary-General's report on the UN Mission to support the Hodeidah Agreement]]
injured by landmines and explosive remnants of war in Hodeidah governorate over {{three months}},
{{about a third}} of them children. Demining teams had cleared
[[more than 12,000 mines and explosive items|other;n=items;a=the
report;alt=The Secretary-General's report on the UN Mission to support the Hodeidah Agreement]] since the mission began, the
report said. The mission, with [[fewer than 50 personnel|other]] in the
city, recorded [[96 ceasefire violations|other;u=other;a=The mission;alt=the UN Mission to support the Hodeidah Agreement]] in {a single week}
in {October}. Shelling in al-Tuhayta and Hays had damaged [[some 70 homes|housing;a=OCHA]] and
displaced [[about 400 families|displaced;a=OCHA]], according to OCHA. Authorities in Sana'a continued
to hold [[four UNMHA staff|arrested;a=the report;alt=The Secretary-General's report on the UN Mission to support the Hodeidah Agreement]], it said.
""",
)

item(
    "Sudan: children's report cites a fivefold rise in violations",
    """
Grave violations against children in Sudan rose fivefold in {{2023}}, the Secretary-General said
in his annual report on children and armed conflict, with [[1,913 violations|other;u=other;a=the Secretary-General]]
verified against [[1,597 children|civilians;a=the Secretary-General]]. [[At least 480 children|killed;a=UNICEF]]
were killed and [[764|injured;a=UNICEF]] maimed, UNICEF said, though the true toll was certainly far
higher. The report verified the recruitment and use of
[[209 children|combatants;a=The report]], most of them by the Rapid Support Forces. Catherine
Russell, UNICEF's executive director, told the council that [[more than 5 million children|displaced;a=Catherine Russell]]
had been uprooted, making Sudan the world's largest child displacement crisis, and that
[[some 730,000|civilians;a=Catherine Russell]] were severely malnourished. She said
[[at least 24 children|kidnapped;a=Catherine Russell]] had been abducted for ransom in Darfur.
""",
)

item(
    "Global appeal: Fletcher asks for less to reach fewer people",
    """
Tom Fletcher launched the {{2026}} Global Humanitarian Overview in Geneva on {{Monday}}, saying
that [[239 million people|civilians;a=Tom Fletcher]] around the world
would need humanitarian assistance next year, [[some 117 million|displaced;a=Tom Fletcher]] of
them forcibly displaced. After deep funding cuts, the UN and its partners plan to reach only
[[87 million people|aid;p;a=the UN and its partners]], down from [[116 million|aid;p;a=the UN and its partners]]
targeted this year, Fletcher said, at a cost of {{$23 billion}}. Sudan remains the largest
crisis, with [[30.4 million people|civilians;a=the appeal]] in need, according to the appeal,
followed by Gaza, where [[about 2.1 million|civilians;a=the appeal]] require aid, and Ukraine.
Last year agencies reached [[98 million people|aid]] and delivered
[[more than 2.6 million tonnes|aid]] of food. Fletcher said [[at least 12,000 aid staff|other;a=Fletcher]]
had lost their jobs after donors cut budgets.
""",
)

item(
    "Central Sahel: UN report counts thousands of schools shut",
    """
The Secretary-General's report on children and armed conflict in the central Sahel found that
[[more than 8,300 schools|other;a=The Secretary-General's report on children and armed conflict in the central Sahel]]
were closed across Burkina Faso, Mali and Niger at the {{end of June}}, affecting
[[about 1.5 million children|civilians;a=The Secretary-General's report on children and armed conflict in the central Sahel]].
The report verified the recruitment of [[1,005 children|combatants;a=The report]], mostly by
JNIM and Islamic State Sahel, the killing of [[564|killed;a=The report]] and the abduction of
[[189|kidnapped;a=The report]]. Burkinabè and Malian forces held
[[at least 63 children|arrested;a=the report]] for alleged association with armed groups, the
report said, some as young as {{14}}. In Mali, [[about 300 children|returned]] were handed
over to UNICEF-supported transit centres and later reunited with their families. UNHCR said
[[more than 450,000 refugees|displaced;a=UNHCR]] from the {{three}} countries were hosted in
coastal states.
""",
)

item(
    "Human Rights Council opens its longest session",
    """
The Human Rights Council opened its {{58th session}} in Geneva on {{24 February}}, a meeting that
will run for {{six weeks}}, until {{4 April}}. Reports are due from the
commissions of inquiry on Syria and Ukraine and the special rapporteurs on Myanmar and the
occupied Palestinian territory. The council's secretariat said a liquidity crisis had forced it
to cut meeting time by {{about 25 per cent}} and to shorten the usual interactive
dialogues. The UN's regular budget for {{2025}} was {{$3.72 billion}}.
""",
)

item(
    "Secretary-General's report on Yemen delayed by budget cuts",
    """
The Secretary-General's report to the Security Council on Yemen, due on {{15 April}}, will be
issued {{two weeks}} late, his spokesman said, the {{third}} report this year held up by the
UN's liquidity crisis. The Department of Political and Peacebuilding Affairs lost
{{18 per cent}} of its posts in the {{2026}} budget, and the envoy's office in Amman is to close
by {{31 December}}. The next briefing is scheduled for {{14 May}}, the spokesman said, at
{{10 a.m.}} New York time.
""",
)
