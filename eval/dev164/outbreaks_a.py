"""Outbreaks, part one: cholera, measles, Ebola and mpox in war zones, slums and camps (10
items with figures, 1 without)."""

from _wrap import item

item(
    "Yemen cholera cases pass half a million as health system buckles",
    """Yemen's cholera epidemic has passed [[500,000 suspected cases|other;a=the World Health
    Organization]], the World Health Organization said on Monday, and [[1,975
    people|killed;a=the World Health Organization]] have died since the disease began spreading
    again on {{April 27}}. Around [[5,000 new cases a day|other;a=the agency;alt=the World
    Health Organization]] are being recorded, the agency said, in a country where {{fewer than
    half}} of health facilities still function after more than {{two years}} of war. Some
    [[30,000 doctors and nurses|other;n=doctors and nurses;a=Nevio Zagaria]] have gone unpaid
    for {{10 months}}, said Nevio Zagaria, the WHO's representative in Yemen. At al-Sabeen
    hospital in Sanaa, [[120 patients|injured]] were on drips in a ward with [[40
    beds|capacity]], lying {{two to a bed}} or on blankets in the corridor. UNICEF said it had
    flown in [[41 tonnes|aid;a=UNICEF]] of oral rehydration salts, intravenous fluids and water
    purification tablets. The case fatality rate has fallen to {{0.4 percent}} from {{1
    percent}} in May.""",
)

item(
    "Cholera returns to Haiti as gang blockade keeps fuel from hospitals",
    """Cholera has killed [[at least 35 people|killed;a=health officials]] in Haiti, health
    officials said Thursday, as a gang blockade of the country's main fuel terminal kept
    hospitals and water trucks idle. The Ministry of Public Health reported [[606 suspected
    cases|other;a=The Ministry of Public Health]] in Port-au-Prince and surrounding areas, with
    {{more than half}} of them in children. Doctors Without Borders said its cholera center in
    Cité Soleil, a seaside slum of [[some 300,000 people|civilians;a=Doctors Without Borders]],
    had taken in [[about 300 patients|injured;a=Doctors Without Borders]] in {{four days}} and
    that [[eight|killed;n=-;a=Doctors Without Borders]] had died. Haiti had gone more than
    {{three years}} without a confirmed case. The previous epidemic killed [[nearly 10,000
    people|killed]] after UN peacekeepers introduced the bacteria in {{2010}}. Fuel shortages
    have already forced [[three hospitals|other]] to turn away all but emergency patients, and
    a gallon of drinking water now costs {{$1.50}} in some neighborhoods.""",
)

item(
    "Cholera spreads in war-torn Sudan as rains flood camps",
    """Sudan's health ministry has declared a cholera epidemic after recording [[2,400
    cases|other;a=Sudan's health ministry]] and [[78 deaths|killed;a=Sudan's health ministry]]
    since {{July 22}}, most of them in Kassala state. The war between the army and the
    paramilitary Rapid Support Forces, now in its {{second year}}, has left {{70 to 80
    percent}} of hospitals in conflict areas out of service. Health Minister Haitham Mohamed
    Ibrahim said [[1.4 million doses|aid;a=Health Minister Haitham Mohamed Ibrahim]] of oral
    cholera vaccine had arrived in Port Sudan and that a campaign would target [[2.2 million
    people|aid;p;a=Health Minister Haitham Mohamed Ibrahim]]. Each person will receive {{a
    single dose}}, half the usual course, because global stocks are low. In Kassala, the
    isolation centre at the teaching hospital has [[60 beds|capacity;a=a doctor]] but was
    treating [[190 patients|injured;a=a doctor]] on Tuesday, a doctor told Al Jazeera. The
    United Nations says [[25.6 million people|civilians;a=The United Nations]] in Sudan face
    acute hunger and [[10 million|displaced;n=-;a=The United Nations]] have been driven from
    their homes.""",
)

item(
    "DR Congo measles toll passes 6,000, WHO says",
    """Measles has killed [[more than 6,000 people|killed;a=the World Health Organization]] in
    the Democratic Republic of the Congo this year, most of them children {{under five}}, the
    World Health Organization said on Tuesday, calling it the world's largest and
    fastest-moving epidemic. [[Some 310,000 suspected cases|other]] have been reported since
    {{January 1}}. The toll is more than double that of the Ebola epidemic in the east, which
    has killed [[2,231 people|killed]] since {{August 2018}}. A national campaign has
    vaccinated [[more than 18 million children|aid;a=the agency;alt=the World Health
    Organization]] aged {{six months to five years}}, the agency said, but coverage remains low
    in remote areas where cold chains fail. WHO has appealed for {{$40 million}} to extend
    vaccination to older children. Médecins Sans Frontières said its teams had treated [[27,000
    patients|injured;a=Médecins Sans Frontières]] and vaccinated [[474,000
    children|aid;a=Médecins Sans Frontières]] across the country.""",
)

item(
    "Samoa shuts schools as measles kills young children",
    """Samoa closed all schools and banned children from public gatherings on Monday as a
    measles epidemic killed [[32 people|killed;a=the government]], [[28 of
    them|killed;n=-;a=the government]] children {{under five}}, the government said. Health
    authorities said [[more than 2,400 cases|other;a=Health authorities]] had been reported
    since the outbreak was declared in October. Only {{31 percent}} of infants were immunised
    last year, a collapse in confidence that followed the deaths of [[two babies|killed]] in
    {{2018}} who were given a vaccine wrongly mixed by nurses. Vaccination is now compulsory,
    and the government said [[58,000 people|aid;a=the government]] had been vaccinated since
    {{November 20}}. New Zealand has sent [[30 nurses|other]] to help with the drive, and
    UNICEF said it had shipped [[110,000 doses|aid;a=UNICEF]] of measles vaccine to Apia.""",
)

item(
    "Attack on Katwa Ebola centre forces MSF to pull back",
    """Assailants set fire to the Ebola treatment center in Katwa on Sunday night, burning
    [[four patient wards|housing;u=structure]] and forcing Doctors Without Borders to suspend
    its work at the epicenter of Congo's outbreak. [[Four|missing;n=-]] of the [[57
    patients|injured]] inside fled into the dark and had not been traced by Tuesday. The
    outbreak has now infected [[907 people|other;a=Congo's health ministry]] and killed
    [[569|killed;n=-;a=Congo's health ministry]], according to Congo's health ministry, and
    {{roughly a third}} of new cases are people who die at home without being seen by a health
    worker. Teams have vaccinated [[more than 80,000 people|aid]] with Merck's experimental
    vaccine, mostly contacts of cases and front-line workers. The WHO has counted [[119
    attacks|other;u=other;a=The WHO]] on health workers and facilities since January. Michael
    Ryan, the agency's emergencies chief, said each attack costs the response {{up to 10 days}}
    of work.""",
)

item(
    "Uganda's Sudan virus outbreak strikes health workers",
    """Uganda's outbreak of Ebola caused by the Sudan virus has reached [[141 confirmed
    cases|other;a=the Ministry of Health]] and [[55 deaths|killed;a=the Ministry of Health]],
    the Ministry of Health said on Thursday, with [[19 health workers|other;a=the Ministry of
    Health]] among those infected and [[seven of them|killed;n=-;a=the Ministry of Health]]
    dead. Officials said they were following [[more than 4,000 contacts|other;a=Officials]] in
    Mubende, Kassanda and Kampala. There is no licensed vaccine for the Sudan strain: Ervebo
    protects only against Zaire ebolavirus. The first [[1,200 doses|aid;p;a=WHO]] of candidate
    vaccines are expected in Kampala by {{December 8}}, WHO said, for a trial among contacts. A
    {{21-day}} lockdown of Mubende and Kassanda was extended on Saturday by another {{21
    days}}, and schools closed {{two weeks}} early for the holidays.""",
)

item(
    "Mpox vaccines reach Kinshasa, but demand dwarfs the doses",
    """The first [[99,100 doses|aid]] of the MVA-BN mpox vaccine landed in Kinshasa on
    {{September 5}}, a fraction of the [[3 million doses|aid;p;a=Congolese officials]] that
    Congolese officials say they need to bring the outbreak under control. The country has
    reported [[more than 18,000 suspected cases|other;a=Africa CDC]] and [[615
    deaths|killed;a=Africa CDC]] this year, according to Africa CDC, as the clade Ib strain
    spreads from the mining towns of South Kivu. In neighbouring Burundi, [[1,489 confirmed
    cases|other]] have been recorded. Because the vaccine is given as {{two doses}} {{four
    weeks}} apart, the first shipment will protect [[fewer than 50,000 people|aid;p]].
    Children, who make up {{about 70%}} of cases in Equateur province, cannot receive it. Japan
    said it would donate [[3.05 million doses|aid;p;a=Japan;v=3050000]] of its LC16m8 vaccine,
    which is licensed for children, but no date has been set for delivery.""",
    ["LC16m8"],
)

item(
    "WHO declares mpox a global emergency for the second time",
    """The World Health Organization on {{August 14, 2024}} declared the spread of mpox in
    Africa a public health emergency of international concern, its highest level of alarm,
    {{two years}} after a similar declaration for the global outbreak of {{2022}}. The
    emergency committee met for {{more than six hours}} before advising Tedros Adhanom
    Ghebreyesus. The new clade Ib strain appears to spread more easily through close contact,
    and the case fatality rate in some provinces of Congo has exceeded {{3%}}, against {{under
    0.2%}} in {{2022}}. Africa CDC had declared its own continental emergency a day earlier,
    the {{first}} in its history. Gavi said it would spend {{$500 million}} on vaccines over
    {{the next five years}}.""",
)

item(
    "Cholera and mpox spread in Goma as M23 empties camps",
    """Health workers in Goma say cholera and mpox are spreading after {{M23}} rebels ordered
    the closure of the displacement camps around the city, sending [[tens of thousands of
    people|returned]] back to villages without clean water or clinics. [[About 700,000
    people|displaced]] had been living in the camps before the rebels took Goma in January. The
    fighting killed [[about 3,000 people|killed;a=the UN]], according to the UN, and hospitals
    in the city treated [[more than 2,800 wounded|injured;a=the ICRC]], the ICRC said. [[More
    than 130 mpox patients|missing;a=WHO]] fled isolation wards during the fighting and have
    not been traced, WHO said. The World Health Organization has since recorded [[more than 600
    cholera cases|other;a=The World Health Organization]] in and around Goma. Kyeshero hospital
    has [[120 beds|capacity;a=a nurse]] and was full on Tuesday, a nurse said, with {{M23}}
    fighters letting few supplies through.""",
)

item(
    "Cholera reaches Lebanon's informal Syrian refugee settlements",
    """Lebanon's first cholera outbreak in {{nearly three decades}} has reached [[more than
    4,000 suspected and confirmed cases|other;a=the health ministry]] and [[20
    deaths|killed;a=the health ministry]] in {{six weeks}}, according to the health ministry,
    with Syrian refugees in the north and the Bekaa worst affected. The country hosts [[about
    1.5 million Syrian refugees|displaced;a=the government]], according to the government, many
    of them in tented settlements without piped water. With the economy in free fall, state
    utilities pump water for {{a few hours}} a day at most. UNICEF said it had delivered
    [[600,000 doses|aid;a=UNICEF]] of oral cholera vaccine. In a settlement in Bebnine,
    residents said [[about 300 people|displaced;a=residents]] shared a single water tank.
    Nurses at an MSF clinic in Hermel said they had treated [[70 patients|injured;a=Nurses]] in
    {{three days}}.""",
)
