"""Items: Syria, Yemen, Gaza and the West Bank, as envoys, OCHA and the Secretary-General's
reports give their numbers to the Security Council and the Human Rights Council."""

from _wrap import item

item(
    "Grundberg tells council Yemen truce gains are fragile",
    """
UN special envoy Hans Grundberg told the Security Council on {{14 June}} that the truce had
largely held, but that fighting around Taiz and Marib had picked up again. He said
[[at least 37 civilians|killed;a=Hans Grundberg]] had been killed and [[92|injured;a=Hans Grundberg]]
wounded in the past month, most of them by landmines and unexploded ordnance. The envoy said
[[some 1,300 detainees|arrested;a=The envoy;alt=Hans Grundberg]] were still held by the parties
despite the release deal struck in Geneva. Joyce Msuya, OCHA's acting chief, told members that
[[21.6 million people|civilians;a=Joyce Msuya;p]] would need humanitarian assistance in {{2024}}
and that [[4.5 million|displaced;a=Joyce Msuya]] remained displaced inside the country. She said
the appeal of {{$2.7 billion}} was only {{28 per cent}} funded. Aid agencies reached
[[about 8 million people a month|aid]] with food last year.
""",
)

item(
    "Pedersen: Syria's detainee file 'an open wound'",
    """
Geir Pedersen, the UN special envoy for Syria, said on Tuesday that more than {{a decade}} after
the uprising began, [[tens of thousands of Syrians|missing;a=Geir Pedersen]] remained unaccounted
for. Briefing the council by video from Geneva, he said the independent commission of inquiry
estimated that [[over 100,000 people|missing;a=the independent commission of inquiry]] had
disappeared into detention since {{2011}}. "Families are still waiting at the prison gates,"
Pedersen said. The envoy welcomed an amnesty decree under which, Damascus said,
[[some 200 prisoners|other;a=Damascus]] had been freed, but said the figure could not be verified.
OCHA's Tareq Talahma said [[15.3 million people|civilians;a=Tareq Talahma]] across Syria needed
aid, the highest number since the war began, and that [[6.8 million|displaced;a=Tareq Talahma]]
were internally displaced. He said [[1,500 trucks|aid;a=Tareq Talahma]] had crossed from Türkiye
through Bab al-Hawa in the {{first quarter}}.
""",
)

item(
    "Gaza: OCHA briefing counts the toll of the first months",
    """
The UN Office for the Coordination of Humanitarian Affairs told the Security Council on
{{12 January}} that, according to the Ministry of Health in Gaza,
[[23,357 Palestinians|killed;a=the Ministry of Health in Gaza]] had been killed and
[[59,410|injured;a=the Ministry of Health in Gaza]] injured since {{7 October}}. Israeli
authorities said [[about 1,200 people|killed;a=Israeli authorities]] had been killed in Israel
and [[some 240|kidnapped;a=Israeli authorities]] taken hostage into Gaza. Martin Griffiths, the
relief chief, said [[up to 1.9 million people|displaced;a=Martin Griffiths]], or
{{85 per cent}} of the population, had been forced from their homes. He told members that
[[more than 1.4 million|displaced;a=Martin Griffiths]] were sheltering in or near
[[155 UNRWA facilities|capacity;a=Martin Griffiths]] designed for a fraction of that number.
[[At least 148 UN staff|killed;a=Martin Griffiths]] had been killed, he said, the most in
the organisation's history.
""",
)

item(
    "Council hears of hunger 'unprecedented' in Gaza's north",
    """
The Integrated Food Security Phase Classification found that [[all 2.2 million people|civilians;a=The Integrated Food Security Phase Classification]] in the Strip faced crisis levels of hunger or worse, the World Food Programme's deputy told
the council. "This is the highest share of people facing {{IPC Phase 5}} we have ever
recorded," she said. The IPC partnership projected that [[1.1 million people|civilians;p;a=The IPC partnership]]
could face catastrophic hunger by mid-July. UNICEF said [[at least 27 children|killed;a=UNICEF]]
had died of malnutrition and dehydration in the north. Only [[159 trucks a day|aid;a=OCHA]], on
average, had entered in March, OCHA said, against [[some 500 trucks a day|aid;a=OCHA]] before the
war. Just [[11 hospitals|other]] were even partially functioning.
""",
)

item(
    "Rapporteur tells rights council of West Bank raids and arrests",
    """
Francesca Albanese, the UN special rapporteur on the occupied Palestinian territory, told the
Human Rights Council in Geneva that Israeli forces had detained [[more than 9,000 Palestinians|arrested;a=Francesca Albanese]]
in the West Bank in the {{six months}} after {{7 October}}. Presenting her report at the
council's {{55th session}}, she said [[some 3,600|arrested;a=Francesca Albanese]] were being held without charge under administrative detention orders. OHCHR separately recorded
[[at least 460 Palestinians|killed;a=OHCHR]] killed in the West Bank over the same period,
[[116 of them children|killed;n=children;a=OHCHR]]. Settler attacks had forced
[[about 1,200 people|displaced;a=OCHA]] from herding communities in Area C, and
[[nearly 900 homes and structures|housing;n=homes and structures;a=OCHA]] had been demolished, according
to OCHA.
""",
)

item(
    "Syria returns: UNHCR tells council of first large movements home",
    """
Filippo Grandi, the UN High Commissioner for Refugees, told the Security Council that
[[more than 500,000 Syrian refugees|returned;a=Filippo Grandi]] had gone home from neighbouring
countries since the fall of the Assad government in {{December 2024}}, and that
[[about 1.2 million internally displaced people|returned;a=Filippo Grandi]] had also returned to
their areas of origin. "We are seeing the beginning of something, not the end," he said. The
agency's intention surveys suggested [[up to 1.5 million more refugees|returned;p;a=The agency's intention surveys]]
could return within the year, Grandi said. Yet [[some 16.5 million people|civilians;a=OCHA]]
in Syria still needed humanitarian assistance, OCHA reported. Roughly [[1,000 schools|housing]]
were damaged or destroyed and needed rebuilding before families could stay.
""",
)

item(
    "Yemen: children's envoy cites recruitment by all parties",
    """
The Secretary-General's annual report on children and armed conflict, released on
{{Thursday}}, verified [[2,748 grave violations|other;u=other;a=The Secretary-General's annual report on children and armed conflict]]
against children in Yemen in {{2021}}. It said [[682 children|killed;a=The Secretary-General's annual report on children and armed conflict]]
were killed or maimed, the recruitment and use of [[315 boys|combatants;a=The Secretary-General's annual report on children and armed conflict]] was confirmed, most of
them by the Houthis, and [[50 children|arrested;a=The Secretary-General's annual report on children and armed conflict]] were held in detention for alleged
association with the parties. The report listed [[53 attacks|other;u=other;a=The report;alt=The Secretary-General's annual report on children and armed conflict]] on schools and hospitals.
Virginia Gamba, the special representative, said [[about 3,500 children|combatants;a=Virginia Gamba]]
had been recruited since {{2010}} who had not yet been released. The youngest verified recruit
was {{11}}.
""",
)

item(
    "Yemen's Marib camps swell as front shifts, council told",
    """
Fighting south of Marib has displaced [[nearly 40,000 people|displaced;a=the International Organization for Migration]] since September, the
International Organization for Migration said in figures passed to the council, many of them
for the {{second}}, {{third}} or {{fourth}} time. The agency said they had joined the
[[roughly 1 million displaced people|displaced;a=The agency;alt=the International Organization for Migration]]
already in the governorate, in [[more than 150 displacement sites|capacity;a=The agency;alt=the International Organization for Migration]].
UN envoy Hans Grundberg told members [[dozens of civilians|killed;a=Hans Grundberg]] had been
killed in missile and drone strikes on the city. IOM said it had handed out
[[4,200 emergency shelter kits|aid;a=IOM]] in {{October}} and planned to reach
[[another 6,000 families|aid;p;a=IOM]] before winter.
""",
)

item(
    "Aid workers killed in Gaza pass 300, UN relief chief says",
    """
Tom Fletcher, the UN emergency relief coordinator, told the Security Council on {{Wednesday}}
that [[more than 370 aid workers|killed;a=Tom Fletcher]] had been killed in Gaza since the war
began, [[over 280|killed;a=Tom Fletcher]] of them UNRWA staff. He said
[[at least 1,000 health workers|killed;a=Tom Fletcher]] had also died, according to the health
ministry. The WHO had recorded [[686 attacks|other;u=other;a=The WHO]] on health care
in Gaza and [[more than 780|other;u=other;n=-;a=The WHO]] in the West Bank, Fletcher said.
"Every one of these numbers was a colleague or a patient," he said. He told members that
[[more than 50 aid missions|other;u=other;a=Tom Fletcher]] to the north had been denied or
impeded in {{November}}.
""",
)

item(
    "Al-Hol: thousands of foreign children still held, council told",
    """
Vladimir Voronkov, the UN counter-terrorism chief, told a council briefing that
[[about 43,000 people|displaced;a=Vladimir Voronkov]] remained in the al-Hol and Roj camps in
north-east Syria, {{more than 60 per cent}} of them children. Most of the children were under
{{12}}. He said [[some 7,000 foreign children|civilians;a=Vladimir Voronkov]] from
[[about 60 countries|other;u=other;n=countries;a=Vladimir Voronkov]] were among them, and that
only [[about 1,400|returned;a=Vladimir Voronkov]] had been repatriated in the past year. Kurdish
authorities said they were holding [[roughly 9,000 suspected Islamic State fighters|arrested;a=Kurdish authorities]]
in [[more than 20 detention facilities|other;a=Kurdish authorities]] across the region. Iraq
had taken back [[3,000 of its nationals|returned]] from the camp since January.
""",
)

item(
    "Envoy warns of Syria coastal killings as inquiry opens",
    """
Reports from the coast were "deeply alarming", Geir Pedersen told the Security Council, as the
Syrian Network for Human Rights said [[at least 803 people|killed;a=the Syrian Network for Human Rights]]
had been killed in {{four days}} of violence in Latakia and Tartous, most of them Alawite
civilians. The UN human rights office said it had verified the killing of
[[111 civilians|killed;a=The UN human rights office]] by name, among them
[[a dozen women|killed;a=The UN human rights office]]. Security forces had detained
[[more than 400 people|arrested]] in connection with the violence, the interim authorities told
the envoy. OCHA said [[around 21,000 people|displaced;a=OCHA]] had fled the coast, with
[[some 9,000|displaced;a=OCHA]] crossing into northern Lebanon. The envoy said
[[hundreds of homes|housing;a=The envoy;alt=Geir Pedersen]] had been looted or burned. A national
fact-finding committee was given {{30 days}} to report.
""",
)

item(
    "Gaza ceasefire: first phase exchanges and aid surge briefed to council",
    """
Under the first phase of the ceasefire, [[33 Israeli hostages|kidnapped;p;a=Ramiz Alakbarov]] were to be freed in
exchange for [[about 1,900 Palestinian prisoners|other;p;a=Ramiz Alakbarov]], the deputy special coordinator,
Ramiz Alakbarov, told the council. By {{1 March}}, he said,
[[25 living hostages|kidnapped;a=Ramiz Alakbarov]] and the remains of
[[eight|killed;a=Ramiz Alakbarov]] had been handed over. OCHA said
[[more than 4,200 aid trucks|aid;a=OCHA]] had entered in the {{first week}} alone, and that
[[over 500,000 people|returned;a=OCHA]] had crossed from the south to northern Gaza along the
coastal road. "Most of them are going back to rubble," Alakbarov said. The UN Satellite Centre
estimated that [[about 174,500 structures|housing;a=The UN Satellite Centre]]
were damaged or destroyed, {{69 per cent}} of the total.
""",
)

item(
    "Guterres demands release of UN staff held by Houthis",
    """
Secretary-General António Guterres on {{Friday}} condemned the detention of
[[nine more UN personnel|arrested;a=António Guterres]] by the Houthi de facto authorities in
Sana'a and Saada, bringing the number held to [[at least 59|arrested;a=António Guterres]]. The
UN chief said [[one World Food Programme staff member|killed;a=The UN chief;alt=António Guterres]]
had died in custody in {{February}}. Staff of embassies and non-governmental organisations were
also being held, Hans Grundberg told the council, putting their number at
[[several dozen|arrested;a=Hans Grundberg]]. The UN has suspended operations in Saada, where
[[about 500,000 people|aid]] had been receiving food and nutrition assistance. "No aid worker
should ever be a target," Guterres said in a statement marking his {{second}} such appeal in
{{three months}}.
""",
)

item(
    "Rafah operation: UN says 800,000 on the move again",
    """
UNRWA said on {{18 May}} that [[about 800,000 people|displaced;a=UNRWA]] had fled Rafah since
Israel's military operation in the city began less than {{two weeks}} earlier. "People are
moving to areas without water, latrines or shelter," the agency's commissioner-general,
Philippe Lazzarini, told reporters. OCHA said [[some 450,000|displaced;a=OCHA]] had arrived in
al-Mawasi, an area designated by the Israeli military as a humanitarian zone, where aid
groups had so far installed [[only 30 latrines|aid]] in some sections. Lazzarini said
[[at least 14,000 families|displaced;a=Lazzarini]] were living in the open on the beach. The Rafah crossing had been shut, blocking the evacuation of [[hundreds of wounded patients|injured;a=the WHO]], the WHO
said. Aid agencies said [[fewer than 60 trucks|aid;a=Aid agencies]] had entered through Kerem
Shalom in the {{first week}}.
""",
)

item(
    "Earthquake in Syria's north-west: cross-border aid briefed",
    """
Martin Griffiths told the council that the earthquakes of {{6 February}} had killed
[[more than 4,500 people|killed;a=Martin Griffiths]] in north-west Syria and injured
[[over 8,700|injured;a=Martin Griffiths]], in an area where [[4.1 million people|civilians;v=4100000;a=Martin Griffiths]]
already depended on aid. The White Helmets said they had pulled
[[2,950 survivors|other;a=The White Helmets]] from the rubble. According to OCHA,
[[some 10,600 buildings|housing;a=OCHA]] were partially or fully destroyed and
[[around 86,000 people|displaced;a=OCHA]] were sheltering in
[[about 550 reception centres|capacity;a=OCHA]]. It took {{a week}} for the first UN convoy to
cross. Since then, OCHA said, [[1,087 trucks|aid;a=OCHA]] had passed through Bab al-Hawa, Bab
al-Salameh and al-Ra'ee.
""",
)

item(
    "Council renews Syria cross-border mechanism for six months",
    """
The Security Council on {{Monday}} extended by {{six months}} the authorisation for UN aid to
cross into north-west Syria through Bab al-Hawa, adopting resolution {{2672}} unanimously. The
{{15}}-member body had been deadlocked for {{a week}} over whether the mandate should run for
{{six}} or {{12 months}}. The text asks the Secretary-General for a report by {{10 June}}.
Diplomats said the {{2023}} appeal for Syria, at {{$5.4 billion}}, was the largest yet, and only
{{11 per cent}} funded by the {{end of the first quarter}}.
""",
)

item(
    "Hodeidah mission mandate extended as envoy urges restraint",
    """
The Security Council voted {{13-0}}, with {{two}} abstentions, to extend the mandate of the UN
Mission to support the Hodeidah Agreement until {{14 July 2025}}. Its {{first}} extension had
come {{five years}} earlier, in {{July 2019}}. Under resolution {{2742}}, the mission's budget for
fiscal year {{2024-25}} is set at {{$14.3 million}}, about {{9 per cent}} less than the year
before. The envoy's office said talks in Muscat would resume in the {{second half of September}}.
""",
)
