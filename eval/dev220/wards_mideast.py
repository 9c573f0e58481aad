"""dev220 items: Gaza, Israel, Lebanon, Syria, Yemen and Iraq (15 texts with figures, 2 without)."""

from _wrap import item

item(
    "Nasser hospital morgue takes in dozens after night strikes on al-Mawasi",
    """
The morgue at Nasser Medical Complex in Khan Younis received [[38 bodies|killed;a=hospital
officials]] between midnight and dawn, hospital officials said, after strikes hit tents in the
al-Mawasi area on {{13 July 2024}}. Among the dead were [[11 children|killed;a=Dr Atef al-Hout]]
and [[seven women|killed;a=Dr Atef al-Hout]], Dr Atef al-Hout, the hospital's director, told
reporters. The emergency department admitted [[more than 90 wounded|injured;a=Dr Ahmed
al-Farra]], said Dr Ahmed al-Farra, who heads the paediatric ward. Gaza's Health Ministry said strikes across
the territory had killed [[at least 71 people|killed;a=Gaza's Health Ministry]] in {{24 hours}},
raising its count of the dead since {{October 2023}} to [[38,345|killed;a=Gaza's Health
Ministry]]. [[More than 10,000 people|missing;a=the ministry;alt=Gaza's Health Ministry]] are
believed to lie under rubble, the ministry said. Staff were rationing the {{2,000 litres}} of
diesel delivered by the World Health Organization to keep the hospital's [[three
generators|other]] running.
""",
)

item(
    "Soroka treated hundreds in the first day after Hamas assault, hospital says",
    """
Soroka Medical Center in Beersheba received [[some 680 wounded|injured;a=the hospital;alt=Soroka
Medical Center]] in the {{24 hours}} after Hamas gunmen crossed from Gaza on {{7 October 2023}},
the hospital said. [[Around 120|injured;a=Dr Yael Ben-Ari]] of them arrived in serious or
critical condition, and surgeons carried out [[64 operations|other;u=other;a=Dr Yael Ben-Ari]]
before midnight, the deputy director, Dr Yael Ben-Ari, said. Magen David Adom said its crews treated [[more
than 1,000 wounded people|injured;a=Magen David Adom]] across the south. Blood banks reported [[more than 3,000
donors|other;a=Blood banks]] queuing in Beersheba alone. Israeli officials first put the toll of
the attack at [[about 1,400|killed;a=Israeli officials]], a figure they later revised down to
[[around 1,200|killed;a=Israeli officials]]. [[251 people|kidnapped]] were taken into Gaza as
hostages.
""",
)

item(
    "Freed hostages flown to Schneider and Sheba for checks as truce holds",
    """
Army helicopters flew [[13 freed Israeli hostages|kidnapped]] to hospitals in central Israel late
on Friday, the first group released under the truce with Hamas. Schneider Children's Medical
Center said it had admitted [[eight|kidnapped;a=Schneider Children's Medical Center]] of them,
[[four children|kidnapped;a=Schneider Children's Medical Center]] and their mothers, and that
all were in good physical condition. Sheba Medical Center took in [[the other five|kidnapped]],
all women in their {{seventies}} and {{eighties}}. Thai officials said [[10 Thai farm
workers|kidnapped;a=Thai officials]] freed the same day were being examined at Shamir Medical
Center. In exchange, Israel released [[39 Palestinian prisoners|other;a=the Israel Prison
Service]], all of them women and teenage boys, the Israel Prison Service said. Qatar's foreign ministry said [[about
240 people|kidnapped;a=Qatar's foreign ministry]] had been held in Gaza when the {{four-day}}
pause began at {{7 a.m.}} The UN said [[200 trucks|aid;a=The UN]] carrying food, medicine and
fuel had entered the strip from Egypt.
""",
)

item(
    "Lebanon says pager blasts killed 12 and wounded thousands",
    """
Lebanon's health ministry said on {{18 September 2024}} that the explosions of pagers carried by
Hezbollah members a day earlier had killed [[12 people|killed;a=Lebanon's health ministry]],
a girl and a boy among them, and wounded [[about
2,800|injured;a=Lebanon's health ministry]]. [[Around 300|injured;a=Firass Abiad]] of the
wounded were still in critical condition, Health Minister Firass Abiad told a news conference,
most with injuries to the eyes, face and hands. Surgeons at Mount Lebanon Hospital alone removed
[[more than 60 eyes|other;u=other]] in the {{first night}}. Blood banks said [[several hundred
donors|other;a=Blood banks]] had queued in Beirut by morning. Iran, whose ambassador was among
the wounded, said it had flown [[95 injured Lebanese|injured;a=Iran]] to Tehran for treatment. A
{{second}} wave of blasts, this time of walkie-talkies, killed [[20 people|killed;a=the
ministry;alt=Lebanon's health ministry]] and wounded [[more than 450|injured;a=the
ministry;alt=Lebanon's health ministry]] the next day, the ministry said.
""",
)

item(
    "Strikes have killed nearly 100 health workers in Lebanon, ministry says",
    """
Israeli strikes have killed [[97 paramedics and health workers|killed;a=Lebanon's health
ministry;n=paramedics and health workers]] in the past year, most of them in the previous {{three weeks}}, Lebanon's health ministry said on {{9
October 2024}}. Health Minister Firass Abiad said [[13 hospitals|other;a=Firass Abiad]] had
been forced out of service or were only partly working, and that [[more than 130
ambulances|other;a=Firass Abiad]] had been hit. In Marjayoun, the government hospital shut after
a strike on its entrance killed [[seven|killed]] of its staff, and its [[40 patients|displaced]]
were moved to Nabatieh. The World Health Organization said [[three hospitals|housing;a=The World
Health Organization]] in Beirut's southern suburbs had been damaged by blasts nearby. The
ministry's overall count since {{October 2023}} stood at [[2,083 killed|killed;a=The
ministry;alt=Lebanon's health ministry]] and [[9,869 wounded|injured;a=The
ministry;alt=Lebanon's health ministry]], the ministry said, without saying how many were
fighters.
""",
)

item(
    "Medical charity says four Idlib hospitals hit in two days",
    """
The Syrian American Medical Society said [[four hospitals|housing;a=The Syrian American Medical
Society]] in southern Idlib were struck in {{48 hours}} as government and Russian aircraft
pressed an offensive on the last rebel-held province in {{May 2019}}. At the Kafr Nabl surgical
hospital, [[two nurses|killed]] were killed and [[11 staff|injured]] wounded when a strike
brought down part of its {{three-storey}} building. The hospital's [[120 patients|displaced;a=staff]]
were moved to facilities nearer the Turkish border, staff said. The World Health Organization
said it had verified [[46 attacks|other;u=other;a=The World Health Organization]] on health care
in northwest Syria since {{28 April}}, and that [[at least 24 health facilities|other;a=The World
Health Organization]] had suspended work. The UN said [[more than 300,000 people|displaced;a=The
UN]] had fled the southern Idlib countryside. [[Some 3 million people|civilians]] live in the
province and the pockets around it.
""",
)

item(
    "Fewer than 30 doctors left in besieged east Aleppo, WHO says",
    """
There are [[fewer than 30 doctors|other;a=the WHO]] left for [[an estimated 250,000
people|civilians;a=the WHO]] in besieged eastern Aleppo, the WHO said on {{29 November 2016}}.
Air strikes have put [[all eight hospitals|other;a=the city's health directorate]] in the east
out of service, according to the city's health directorate. The Syrian Civil Defence said its
volunteers pulled [[at least 45 bodies|killed;a=The Syrian Civil Defence]] from the rubble of
Masaken Hanano over the weekend, among them [[nine children|killed;a=The Syrian Civil
Defence]]. [[Around 16,000 people|displaced;a=the Syrian Observatory for Human Rights]] have
fled into government-held districts or the Kurdish-run Sheikh Maqsoud area, according to the
Syrian Observatory for Human Rights. The UN's humanitarian adviser, Jan Egeland, said [[about 200
critically wounded people|injured;a=Jan Egeland]] were waiting for a pause that would let them
be evacuated.
""",
)

item(
    "Saada hospital overwhelmed after air strike on detention centre",
    """
A coalition air strike on a detention centre in Saada on {{21 January 2022}} killed [[at least 70
people|killed;a=Médecins Sans Frontières]], Médecins Sans Frontières said, in one of the
deadliest attacks of Yemen's war. The group said the Saada Republican hospital it supports had
received [[about 200 wounded|injured;a=The group;alt=Médecins Sans Frontières]] and had run out of
room. Ahmed Mahat, its head of mission in Yemen, said [[dozens of bodies|killed;a=Ahmed Mahat]]
were still at the site. The Houthi-run health ministry in Sanaa later put the toll at [[91
dead|killed;a=The Houthi-run health ministry]] and [[236 wounded|injured;a=The Houthi-run health
ministry]]. Relatives gathered at the hospital morgue, where [[more than 60 bodies|killed]]
were awaiting identification on Sunday. The centre had held [[about 2,000 migrants and
detainees|arrested;n=migrants and detainees]], according to the Houthis' prisons authority.
""",
)

item(
    "West Mosul trauma points treat hundreds a week as fighting nears Old City",
    """
Trauma stabilisation points near the front in west Mosul treated [[more than 1,500
wounded|injured;a=the World Health Organization]] in {{March 2017}}, about {{a third}} of them
women and children, the World Health Organization said. Iraq's health ministry said [[21
hospitals|housing;a=Iraq's health ministry]] in Nineveh province had been destroyed or badly
damaged in the fighting, leaving [[fewer than 1,000 beds|capacity;a=Iraq's health ministry]] for
a population of [[about 1.8 million|civilians;a=Iraq's health ministry]]. The field hospital at
Hammam al-Alil, {{30 km}} south of the city, has [[52 beds|capacity]] and is run by a private
contractor. Iraqi commanders say [[about 3,000 Islamic State fighters|combatants;a=Iraqi
commanders]] remain in the Old City. [[Some 200,000 people|displaced;a=the UN]] have fled west
Mosul since {{19 February}}, the UN says.
""",
)

item(
    "Al-Shifa: mass grave dug in hospital yard as babies die without power",
    """
Al-Shifa hospital director Mohammed Abu Salmiya said [[179 bodies|killed;a=Mohammed Abu
Salmiya]] had been buried in a mass grave inside the hospital compound on {{14 November 2023}},
including [[seven babies|killed;a=Mohammed Abu Salmiya]] who died after incubators lost power.
The World Health Organization said [[291 patients|civilians;a=The World Health Organization]]
remained at the hospital after Israeli troops entered it, among them [[22 dialysis
patients|civilians;a=The World Health Organization]], and that [[25 health workers|other;a=The
World Health Organization]] had stayed with them. [[Thirty-one premature babies|displaced]] were
evacuated on {{19 November}} to the Emirati hospital in Rafah, and most of them were
later taken to Egypt. [[About 2,500 displaced people|displaced;a=the UN]] who had been sheltering
in the hospital grounds left on foot, the UN said. Israel's military said troops had detained
[[about 20 people|arrested;a=Israel's military]] at the hospital and found a tunnel shaft.
""",
)

item(
    "WHO: a dozen of Gaza's hospitals still working, and only in part",
    """
Only [[12|other;u=structure;a=the World Health Organization]] of Gaza's [[36 hospitals|other;a=the World
Health Organization]] were even partly functioning on {{20 August 2024}}, the World Health
Organization said. Between them they had [[about 1,500 beds|capacity;a=the World Health
Organization]], against [[3,500|capacity;u=other]] before the war. The UN agency says [[more than 500
health workers|killed;a=The UN agency;alt=the World Health Organization]] have been killed in
Gaza and [[more than 300|arrested;a=The UN agency;alt=the World Health Organization]] detained.
WHO trucks delivered [[19 truckloads|aid;u=other]] of medical supplies to northern
Gaza in {{July}}. [[Between 12,000 and 14,000 patients|civilians;a=WHO
officials]] still need medical evacuation abroad, WHO officials said, while [[some
5,000|displaced;a=WHO officials]] have been evacuated since {{October 2023}}, most through the
Rafah crossing before it closed.
""",
)

item(
    "Kamal Adwan director among hundreds detained in hospital raid, ministry says",
    """
Israeli forces stormed Kamal Adwan hospital in Beit Lahiya on {{27 December 2024}} and detained
[[more than 240 people|arrested;a=Israel's military]], among them the director, Hussam Abu
Safiya, Israel's military said. The military said it had killed [[about 20 gunmen|killed;a=The
military;alt=Israel's military]] in the area and that [[dozens of Hamas fighters|combatants;a=The
military;alt=Israel's military]] had used the compound. Gaza's health ministry said [[about 60
health workers|arrested;a=Gaza's health ministry]] were among those held. [[Twenty-five
patients|displaced]] and [[20 staff|displaced]] were forced to move to the Indonesian hospital,
which is itself out of service. Fire destroyed [[three buildings|housing;a=the World Health
Organization]] of the compound, including the surgery department, the World Health Organization
said, calling the raid the end of the last major hospital in north Gaza.
""",
)

item(
    "Red Cross field hospital takes in 179 after shooting near Rafah aid site",
    """
The International Committee of the Red Cross said its field hospital in Rafah received [[179
patients|injured;a=The International Committee of the Red Cross]] on {{1 June 2025}}, most with
gunshot wounds, after shooting near an aid distribution site. [[Twenty-one|killed;a=the
ICRC]] were declared dead on arrival or died of their wounds, the ICRC said. The hospital, which
has [[60 beds|capacity]], put [[dozens of patients|injured]] on mattresses in its corridors. Gaza's
health ministry said [[31 people|killed;a=Gaza's health ministry]] had been killed and [[more than
170|injured;a=Gaza's health ministry]] wounded near the site. The Gaza Humanitarian Foundation,
which runs it, said it had handed out [[more than 2.1 million meals|aid;a=The Gaza Humanitarian
Foundation]] since opening {{a week}} earlier. Nasser hospital's blood bank said it was down to
[[fewer than 20 units|aid;u=other;a=Nasser hospital's blood bank]] of
blood.
""",
)

item(
    "Rescuers recover bodies and medics return to work as ceasefire takes hold",
    """
Gaza's Civil Defence said its crews recovered [[more than 120 bodies|killed;a=Gaza's Civil
Defence]] from the rubble in the first {{48 hours}} of the ceasefire that began on {{19 January
2025}}. The agency believes [[about 10,000 people|missing;a=The agency;alt=Gaza's Civil Defence]]
are still buried under collapsed buildings. [[More than 500,000 people|returned;a=the UN]]
crossed back into northern Gaza in the {{first week}} after the Netzarim corridor opened, the UN
said. At Al-Shifa, [[about 200 doctors and nurses|returned;n=doctors and nurses]] have gone back
to work in the one building that can still be used. The World Health Organization plans to
deploy [[25 emergency medical teams|other;p;u=other;a=The World Health Organization]] and reopen
[[four hospitals|other;p;a=The World Health Organization]] in the north. Under the deal, [[600
aid trucks a day|aid;p]] are to enter the strip.
""",
)

item(
    "Iranian missile hits Soroka hospital, dozens wounded across Israel",
    """
An Iranian missile struck Soroka Medical Center in Beersheba early on {{19 June 2025}}, damaging
[[three buildings|housing;a=the hospital;alt=Soroka Medical Center]], the hospital said. Soroka had
already moved [[hundreds of patients|displaced]] to protected underground wards, and staff
evacuated [[more than 200 patients|displaced;a=hospital officials]] from the damaged surgical
wing after the strike, hospital officials said. Magen David Adom said its medics treated [[about
240 people|injured;a=Magen David Adom]] across Israel that morning, [[four|injured;a=Magen David
Adom]] of them in serious condition. The health ministry said [[2,345 people|injured;a=The health
ministry]] had been taken to hospitals since the war with Iran began {{a week}} earlier.
In Tehran, Iran's health ministry said Israeli strikes had killed [[at least 224 people|killed;a=Iran's
health ministry]] by then.
""",
)

item(
    "Study says Gaza toll may be undercounted by about two-fifths",
    """
A study published in The Lancet on {{10 January 2025}} estimated that the Gaza health ministry's
toll undercounted traumatic deaths by about {{41%}} between {{October 2023}} and {{June 2024}}.
The authors, from the London School of Hygiene and Tropical Medicine, used a method known as
capture-recapture, comparing the ministry's hospital lists with an online survey and obituaries.
They found that {{59%}} of the identified dead were women, children or people older than
{{65}}. The ministry's lists give each victim's name, sex, age and identity number, and the study
said their reliability had fallen after hospitals were overrun in late {{2023}}. Israeli officials
dismissed the findings.
""",
)

item(
    "Northern Gaza hospitals have fuel for two or three days, WHO warns",
    """
The World Health Organization said on {{3 November 2024}} that hospitals in northern Gaza were
running on fuel that would last {{two to three days}}. A mid-sized hospital burns about {{1,200
litres}} of diesel a day to run its generators, oxygen plant and dialysis machines. Deliveries in
{{October}} covered less than {{30%}} of what the health system needed, the agency said, and
diesel on the black market had reached {{$25}} a litre. Doctors at Al-Awda hospital said they
had switched off lights in offices and corridors for {{18 hours}} a day.
""",
)
