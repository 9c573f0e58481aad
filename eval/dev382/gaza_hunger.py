"""dev382 items: malnutrition, hunger deaths, the famine declared in Gaza City, the children
screened, admitted and treated, and the patients waiting to leave, 2024-2026."""

from _wrap import item

item(
    "Children die of hunger at Kamal Adwan as north goes without aid",
    """[[Fifteen children|killed;a=Kamal Adwan hospital]] have died of malnutrition and dehydration
    at Kamal Adwan hospital in Beit Lahia, the hospital said on {{3 March 2024}}, and [[six
    more|civilians;n=-;a=the hospital;alt=Kamal Adwan hospital]] in its intensive care unit are at risk,
    the hospital added. The youngest was {{two months}} old. UNICEF said {{one in three}} children
    {{under two}} in northern Gaza was acutely malnourished, up from {{one in six}} in {{January}}.
    WFP said it had not been able to deliver food to the north since {{20 February}}, when it
    paused convoys after a convoy was looted and a driver beaten. OCHA said Israel had allowed
    [[six aid missions|aid;u=other;a=OCHA]] to the north in {{February}} and denied or impeded [[18
    others|aid;u=other;a=OCHA]]. [[Hundreds of families|displaced;a=residents]] have walked south in search of food in the past month, residents said. The hospital's director, Dr Hussam Abu Safiya, said his staff were treating [[about 40
    children|civilians;a=Dr Hussam Abu Safiya]] a day for malnutrition.""",
)

item(
    "Famine confirmed in Gaza City",
    """Famine is taking place in Gaza Governorate, which includes Gaza City, the Integrated Food
    Security Phase Classification said on {{22 August 2025}}, the first time it has confirmed a
    famine in the Middle East. The IPC said [[more than 514,000 people|civilians;a=The IPC]], about
    {{a quarter}} of Gaza's population, were living in famine conditions, and that the number
    could rise to [[641,000|civilians;p;a=The IPC]] by the end of {{September}}, when it expects
    famine to spread to Deir al-Balah and Khan Younis. It said [[132,000 children|civilians;p;a=The
    IPC]] {{under five}} were expected to suffer acute malnutrition through {{June 2026}},
    [[41,000|civilians;p;a=The IPC]] of them severely. Israel's foreign ministry rejected the
    findings, saying [[more than 100,000 trucks|aid;a=Israel's foreign ministry]] had entered
    Gaza since the war began. Gaza's health ministry said [[271 people|killed;a=Gaza's health
    ministry]] had died of malnutrition, [[112|killed;a=Gaza's health ministry]] of them
    children.""",
)

item(
    "Hunger deaths climb as blockade enters fourth month",
    """Gaza's health ministry said on {{27 July 2025}} that [[14 people|killed;a=Gaza's health
    ministry]] had died of malnutrition in the previous {{24 hours}}, bringing the number of
    hunger deaths since the war began to [[147|killed;a=Gaza's health ministry]], among them [[88
    children|killed;a=Gaza's health ministry]]. Most of the adult deaths were of people with
    chronic illnesses or disabilities, the ministry said. At al-Shifa hospital, doctors said
    [[about 20 adults a day|civilians;a=doctors]] were arriving too weak to walk. A WHO official
    said that of the [[more than 5,000 children|civilians;a=A WHO official]] admitted for
    malnutrition in the first half of {{July}}, {{18 percent}} were severe cases. OCHA said [[about 88,000 people|displaced;a=OCHA]] had been uprooted in {{a week}} by evacuation orders in Khan Younis. Israel said it would pause fighting for {{10 hours}} a day in parts of Gaza to let aid through, and that
    [[about 120 trucks|aid;a=Israel]] of UN aid had been collected on {{Sunday}}.""",
)

item(
    "UNICEF: nearly 12,000 children found malnourished in July",
    """Nearly [[12,000 children|civilians;a=UNICEF]] {{under five}} were identified as acutely
    malnourished in Gaza in {{July 2025}}, UNICEF said, the highest monthly figure it has
    recorded. [[About 2,500|civilians;a=UNICEF]] of them had the most dangerous form, severe acute
    malnutrition, the agency said. Its teams screened [[about 49,500 children|civilians;a=the agency;alt=UNICEF]] during the month, the agency added. UNICEF said its partners were running
    [[about 120 outpatient treatment sites|other;a=UNICEF]], down from [[more than
    170|other;u=other;a=UNICEF]] before {{March}}, because of evacuation orders and the lack of supplies.
    The head of Nasser hospital's paediatric ward said the ward, built for [[30 patients|capacity;a=The head of Nasser hospital's paediatric ward]], was holding [[more than 70|civilians;a=The head of Nasser hospital's paediatric ward]]. UNICEF spokeswoman Tess Ingram said she had met a mother in Khan Younis weighing {{35 kg}} who
    could no longer breastfeed her {{four-month-old}}.""",
)

item(
    "Stabilisation centres overflow in Gaza City",
    """The stabilisation centre at the Patient Friends Benevolent Society hospital in Gaza City has
    [[10 beds|capacity;a=its director]] but was treating [[about 30 children|civilians;a=its
    director]] with severe malnutrition and complications on {{Tuesday}}, its director said.
    Children were sharing beds, and some mothers slept on the floor. The WHO said only [[four
    stabilisation centres|other;a=The WHO]] were working in Gaza, with [[a total of 40
    beds|capacity;a=The WHO]]. A new centre at Nasser hospital in Khan Younis will be able to
    take in [[up to 25 children|capacity;p;a=MSF]] at a time when it opens next month, MSF said.
    The UN said [[at least 43 children|killed;a=The UN]] had died in the centres or on the way to
    them since {{April}}.""",
)

item(
    "Malnutrition among pregnant women strains Gaza's maternity wards",
    """[[More than 55,000 pregnant and breastfeeding women|civilians;a=UNFPA]] in Gaza are
    malnourished, UNFPA said, and [[about 11,000|civilians;a=UNFPA]] of them are at risk of
    famine. The agency said [[about 130 births a
    day|other;a=The agency;alt=UNFPA]] were taking
    place in the strip, many in tents. Doctors at al-Helou hospital said the share of babies born
    weighing less than {{2.5 kg}} had doubled since {{2024}}. The Palestinian health ministry said
    [[at least 11 newborns|killed;a=The Palestinian health ministry]] had died of malnutrition
    since the start of the year. UNICEF said it had delivered nutrition supplements to [[80,000
    women|aid;a=UNICEF]] since the ceasefire, and that supplies for [[another
    40,000|aid;p;a=UNICEF]] were waiting in Jordan and Egypt.""",
)

item(
    "Malnourished children flown to Jordan and Italy",
    """[[Fifteen children|displaced;a=the WHO]] with severe malnutrition and [[their 27
    companions|displaced;a=the WHO]] were evacuated from Gaza through Kerem Shalom on {{Wednesday}}
    and flown from Ramon airport to Amman and Rome, the WHO said. It was the largest medical
    evacuation since {{March}}. The WHO said [[more than 15,600 patients|civilians;a=The WHO]]
    were still waiting to leave, [[3,800|civilians;a=The WHO]] of them children, and that [[at
    least 740|killed;a=The WHO]] had died while waiting. Italy said it would take in [[another 50
    children|displaced;p;a=Italy]] in the coming weeks. Since {{October 2023}}, [[about 7,300
    patients|displaced;a=the agency;alt=The WHO]] have been evacuated, the agency said, most of
    them to Egypt.""",
)

item(
    "How famine is measured",
    """Under the Integrated Food Security Phase Classification, an area is in famine, or {{Phase
    5}}, when thresholds for food, nutrition and deaths are all crossed. At least {{20 percent}} of households must face an
    extreme lack of food, at least {{30 percent}} of children aged {{six to 59 months}} must be
    acutely malnourished, and deaths must reach {{2 per 10,000 people per day}}. A child is
    counted as acutely malnourished when the circumference of the upper arm is below {{125 mm}},
    and severely so below {{115 mm}}. Famine was last declared in Sudan in {{August 2024}} and,
    before that, in South Sudan in {{2017}}. The IPC's Famine Review Committee must confirm a
    classification before it is published.""",
)

item(
    "An elderly man and a teenager among the day's hunger deaths",
    """A man of {{67}} and a girl of {{14}} were among [[five people|killed;a=Gaza's health
    ministry]] who died of hunger on {{Monday}}, Gaza's health ministry said. The girl, Razan, had
    cerebral palsy and weighed {{19 kg}} when she died at al-Aqsa hospital in Deir al-Balah,
    doctors there said. Her mother said [[three of her siblings|civilians;a=Her mother]] were also
    malnourished. The ministry said [[more than 28,000 children|civilians;a=The ministry;
    alt=Gaza's health ministry]] had been treated for malnutrition since the start of the year.
    UN agencies said [[fewer than 90 trucks a day|aid;a=UN agencies]] were reaching them, against
    the [[500|aid;p;u=other;a=UN agencies]] they said were needed. Israel's military said its
    strikes killed [[11 people|killed;a=Israel's military]] it described as militants in Deir
    al-Balah the same day.""",
)

item(
    "Hunger toll passes 400 as Israel presses into Gaza City",
    """Gaza's health ministry said on {{29 September 2025}} that the number of people who had died
    of malnutrition had reached [[455|killed;a=Gaza's health ministry]], including [[151
    children|killed;a=Gaza's health ministry]]. Of those deaths, [[177|killed;a=the ministry;alt=Gaza's health ministry]] had been recorded since the IPC confirmed famine in {{August}}, the ministry said.
    The Israeli military said [[more than 640,000 people|displaced;a=The Israeli military]] had left
    Gaza City for the south since it began its offensive. The UN put the number at [[about
    400,000|displaced;a=The UN]] and said [[hundreds of thousands|civilians;a=The UN]] remained in
    the city. Israeli strikes destroyed [[at least 20 high-rise towers|housing;u=structure;a=the city's municipality]] in
    Gaza City in {{two weeks}}, according to the city's municipality.""",
)

item(
    "Therapeutic food waits at the crossings",
    """[[About 2,000 cartons|aid;a=UNICEF]] of ready-to-use therapeutic food, enough to treat [[some
    2,000 children|aid;p;a=UNICEF]] for {{six weeks}}, have been stuck at Kerem Shalom for {{10
    days}}, UNICEF said. The agency said it had
    [[about 1,700 cartons|aid;a=The agency;alt=UNICEF]] left inside Gaza, enough for
    {{three weeks}} at current rates of admission. WHO said it had delivered [[nine
    trucks|aid;a=WHO]] of medical and nutrition supplies to Nasser hospital in {{August}}, but that
    [[four|other;u=other;a=WHO]] of its requests had been refused. COGAT said it had approved every
    request for nutrition supplies, and that [[more than 1,500 tonnes|aid;a=COGAT]] of baby food
    had entered since {{May}}. UNICEF said it needed to bring in [[between 300 and 400 cartons a week|aid;p;a=UNICEF]] to keep up with admissions.""",
)

item(
    "Gaza City's last residents choose between hunger and flight",
    """[[About 450,000 people|civilians;a=OCHA]] were still in Gaza City on {{Friday}}, OCHA said,
    even as Israeli forces advanced on the Sheikh Radwan and Tel al-Hawa districts. Many said they
    could not afford the {{$1,000}} a lorry driver charges to move a family south. In al-Mawasi,
    where [[some 700,000 people|displaced;a=aid groups]] already live in tents, aid groups said
    there was no space left. UNRWA said [[11 of its shelters|housing;a=UNRWA]] in the city had been
    hit in {{two weeks}}. Gaza's health ministry said Israeli strikes had killed [[at least 91
    people|killed;a=Gaza's health ministry]] across the strip in the previous {{24 hours}}, [[65|killed;a=Gaza's health ministry]] of them in Gaza City. [[A further 312|injured;a=the
    ministry;alt=Gaza's health ministry]] were wounded, the ministry said, and [[14|missing;a=the
    ministry;alt=Gaza's health ministry]] were
    missing under rubble.""",
)

item(
    "Famine no longer, but hunger remains: IPC update",
    """No area of Gaza is now classified as in famine, the IPC said on {{19 December 2025}}, after
    the ceasefire of {{10 October}} allowed more food in. But [[about 1.6 million people|civilians;
    a=the IPC]], {{77 percent}} of the population, still face high levels of acute food
    insecurity, and [[more than 100,000|civilians;p;a=the IPC]] are expected to be in catastrophe
    by {{April 2026}}, the IPC said. It said [[about 101,000 children|civilians;p;a=the IPC]]
    were expected to suffer acute malnutrition in the year ahead. WFP said it had reached [[1.1
    million people|aid;a=WFP]] with food parcels in {{November}}, and that [[more than 150,000
    hot meals|aid;a=WFP]] were being served a day through community kitchens. The UN says [[about 282,000 housing units|housing;a=The UN]] have been damaged or destroyed. The Gaza health ministry said [[three people|killed;a=The Gaza health ministry]] had died of malnutrition in
    {{November}}.""",
)

item(
    "Weighed and measured at a Deir al-Balah clinic",
    """Nurse Amal Hassan, {{41}}, measures {{about a fifth}} of the toddlers she sees a second time, because she cannot believe the first reading. A healthy child of {{two}} should weigh
    about {{12 kg}}; many she saw in {{August 2025}} weigh {{8 kg}} or less. The clinic is open
    from {{8 am}} to {{2 pm}} and shuts when the generator runs out of fuel, usually after {{five
    hours}}. Amal says she has lost {{14 kg}} since {{March}}. Her own son, {{nine}}, eats once a
    day. "Before the war I weighed {{70 kilos}}," she said. The clinic sits {{800 metres}} from
    the nearest evacuation line.""",
)

item(
    "Tent strike in Deir al-Balah as hunger deaths continue",
    """An Israeli strike on a tent in Deir al-Balah killed [[seven people|killed;a=the civil
    defence]], [[four of them children|killed;a=the civil defence]], and left [[two|missing;a=the
    civil defence]] missing, the civil defence said on {{Thursday}}. Al-Aqsa hospital said [[four
    people|killed;a=Al-Aqsa hospital]] had died of malnutrition there overnight. Israel's
    military said it had struck a Hamas militant. COGAT said [[236 trucks|aid;a=COGAT]] of
    humanitarian aid had been collected from the crossings on {{Wednesday}}. In the West Bank city
    of Ramallah, the Palestinian Authority said it would send [[another 30 trucks|aid;p;a=the
    Palestinian Authority]] of flour through the Jordan corridor next week. The UN said [[more than
    1.9 million people|displaced;a=The UN]] in Gaza, {{90 percent}} of the population, had been
    displaced at least once.""",
)

item(
    "Baby formula runs short in Gaza's maternity wards",
    """[[Hundreds of infants|civilians;a=doctors]] in Gaza are being fed water with sugar or
    mashed rice because formula has run out, doctors at Nasser hospital said. UNICEF said [[about
    3,500 babies|civilians;a=UNICEF]] {{under six months}} were at risk of dying without specialised
    formula. Israel said it had let in [[about 1,400 cans|aid;u=other;a=Israel]] of formula in the
    previous week. A doctor at al-Awda hospital said [[two babies|killed;a=A doctor at al-Awda
    hospital]] had died there of malnutrition in {{July}}, and that [[12|civilians;a=A doctor at
    al-Awda hospital]] were in intensive care. Doctors at Nasser hospital said its neonatal unit could take [[no more than 20 infants|capacity;a=Doctors at Nasser hospital]]. A can of formula was selling for {{$50}} in Khan
    Younis, against {{$8}} before the war.""",
)
