"""dev105 hard negatives (peaceful protest, peace, health, accident): no conflict.

Labels follow eval/README.md, section 1. Paragraphs are joined by single spaces (_t).
"""


def _t(s: str) -> str:
    return " ".join(s.split())


# (title, text, kind code)
NEGATIVES = [
    (
        "Hundreds of thousands rally in Washington as students lead march against gun violence",
        _t("""
            Hundreds of thousands of people filled Pennsylvania Avenue on Saturday for the March
            for Our Lives, a demonstration organized by students who survived last month's
            shooting at Marjory Stoneman Douglas High School in Parkland, Fla., where 17 people
            were killed. The crowd stretched from the stage near the Capitol back past the
            Newseum, and sister marches were held in more than 800 cities around the world. Speaker
            after speaker, none older than 18, called on Congress to ban assault weapons and
            high-capacity magazines and to require universal background checks. Emma Gonzalez, one
            of the Parkland students, stood in silence for more than six minutes, the length of
            time the gunman had spent firing inside the school. Students from Chicago and
            Washington's Southeast neighborhoods spoke about the daily gun violence in their
            communities, which they said had been ignored for years. The National Rifle
            Association said in a statement that the marchers wanted to take away Americans'
            constitutional rights. D.C. police reported no arrests, and organizers said the march
            had gone off peacefully. Many marchers carried signs that read "Never again" and
            "Am I next?" Organizers said they would now focus on registering young voters before
            the midterm elections.
        """),
        "protest",
    ),
    (
        "Just Stop Oil slow march halts traffic on Whitehall as five are arrested",
        _t("""
            About 60 Just Stop Oil supporters walked slowly along Whitehall and Parliament Street
            on Monday morning, holding up buses and taxis for more than an hour in the latest of
            the group's "slow marches" through central London. The protesters, wearing the group's
            orange vests, walked in the road at a shuffling pace behind a banner calling on the
            government to halt new oil and gas licences. The Metropolitan police said officers
            had imposed conditions under the Public Order Act requiring the march to leave the
            road and that five people who refused were arrested. Some drivers got out of their
            cars to shout at the marchers, and one man tried to drag a banner away before officers
            stepped in. The group said it would continue its campaign every weekday until the
            government changed course. Its supporters have been arrested more than 2,000 times
            since the campaign began last year, and several are serving prison sentences for
            previous actions on the M25. The home secretary has described the tactics as
            "guerrilla" disruption and called for police to use their new powers. A spokesperson
            for the marchers said they were peaceful and that "the real attack on ordinary people
            is the climate crisis".
        """),
        "protest",
    ),
    (
        "Ontario education workers walk off the job, defying Ford's back-to-work law",
        _t("""
            About 55,000 Ontario education workers walked off the job on Friday, shutting hundreds
            of schools across the province in defiance of a law passed by the Progressive
            Conservative government that bans them from striking. Custodians, early childhood
            educators, library workers and educational assistants represented by the Canadian
            Union of Public Employees (CUPE) picketed outside schools and rallied at Queen's Park,
            where thousands of people gathered in the rain. The law, which imposed a four-year
            contract, used the notwithstanding clause of the Charter to shield itself from court
            challenges, a move that drew criticism from labour leaders across the country and
            from the prime minister. Workers face fines of up to $4,000 a day each, and the union
            up to $500,000 a day. "This is a fight for every worker in Ontario," CUPE's Ontario
            president told the crowd. Education Minister Stephen Lecce said the government had
            been forced to act to keep children in class after two years of disruption during
            the pandemic. The Ontario Labour Relations Board began hearings on the legality of
            the walkout on Friday afternoon. Picket lines remained calm, and police reported no
            incidents. Many parents scrambled to find child care.
        """),
        "protest",
    ),
    (
        "Tens of thousands march in Invasion Day rallies across Australia",
        _t("""
            Tens of thousands of people marched through the centres of Sydney, Melbourne, Brisbane
            and other cities on Thursday in Invasion Day rallies, calling for an end to Australia
            Day celebrations on January 26, the anniversary of the arrival of the First Fleet in
            1788. In Melbourne, the crowd stretched several blocks along Bourke Street as it moved
            from Parliament House to Flinders Street Station, led by Aboriginal elders and
            families carrying the Aboriginal flag. Speakers in Sydney's Belmore Park spoke about
            deaths in custody, land rights and the forthcoming referendum on an Indigenous Voice
            to Parliament, on which Aboriginal activists were divided. Police in each city said
            the rallies were peaceful and no arrests were made. Earlier in the day, a smoking
            ceremony was held at Barangaroo, and the Prime Minister attended a citizenship
            ceremony in Canberra. A growing number of councils have stopped holding citizenship
            ceremonies on January 26, and some companies now give staff the option of working on
            the day. Polls suggest most Australians still support keeping the public holiday on
            that date. Organisers said the crowds were among the largest since the rallies began
            to grow a decade ago.
        """),
        "protest",
    ),
    (
        "Congo and Rwanda Sign Peace Agreement at State Department",
        _t("""
            WASHINGTON - The foreign ministers of the Democratic Republic of Congo and Rwanda
            signed a peace agreement at the State Department on Friday, committing their countries
            to end support for armed groups in eastern Congo and to work toward the withdrawal of
            Rwandan troops. Secretary of State Marco Rubio, who hosted the ceremony, called it "an
            important moment after 30 years of war," and President Trump said the deal would give
            the United States access to Congo's mineral wealth. Congo has long accused Rwanda of
            backing the M23 rebel group, which seized the cities of Goma and Bukavu this year,
            while Rwanda says it is defending itself against a militia formed by people linked to
            the 1994 genocide. The agreement calls for a joint security coordination mechanism to
            be set up within 30 days and for a regional economic framework. The M23 was not a
            party to the deal, and its leaders are negotiating separately with Kinshasa in talks
            hosted by Qatar. Diplomats and analysts said the agreement was a significant step but
            warned that earlier accords between the two countries had collapsed. Congolese
            civil society groups said they wanted to see rebel forces leave the towns they hold
            before they would call it peace.
        """),
        "peace",
    ),
    (
        "Gershkovich and Whelan freed in largest U.S.-Russia prisoner swap since the Cold War",
        _t("""
            Wall Street Journal reporter Evan Gershkovich and former Marine Paul Whelan were
            released by Russia on Thursday as part of a multinational prisoner exchange involving
            24 people, the largest swap between Moscow and the West since the end of the Cold War.
            A Russian government plane carrying the freed Americans landed in Ankara, Turkey, where
            the exchange took place on the tarmac, before they flew on to Joint Base Andrews in
            Maryland. In return, Germany released Vadim Krasikov, a Russian intelligence officer
            serving a life sentence for murdering a Chechen exile in a Berlin park in 2019, and
            several other countries freed people convicted of spying or other crimes. Also freed
            was Alsu Kurmasheva, a Russian American journalist for Radio Free Europe. President
            Biden, who greeted the families at the White House, called the deal "a feat of
            diplomacy and friendship". Gershkovich had been held for 16 months after he was
            arrested on espionage charges that he, his newspaper and the U.S. government rejected
            as false. The negotiations, which involved Germany, Poland, Slovenia, Norway and
            Turkey, went on for months in secret. Russian opposition figures released in the swap
            said they had been taken from their cells without being told where they were going.
        """),
        "peace",
    ),
    (
        "Burn pits law opens VA benefits to millions of veterans; claims flood in",
        _t("""
            More than 100,000 veterans filed claims in the first weeks after President Biden
            signed the PACT Act, a law that expands health care and disability benefits for
            veterans exposed to toxic smoke from burn pits in Iraq and Afghanistan, the Department
            of Veterans Affairs said Thursday. For years, the military disposed of trash, tires,
            medical waste and jet fuel in open-air pits at bases across both countries, and many
            veterans say they developed cancers and lung disease as a result. The law adds 23
            conditions, including several cancers, to a list that the VA will now presume were
            caused by service, so veterans no longer have to prove the link themselves. It also
            covers some Vietnam-era veterans exposed to Agent Orange in Thailand, Cambodia and
            Laos. VA Secretary Denis McDonough urged veterans to apply even if they had been turned
            down before. Veterans groups and the comedian Jon Stewart campaigned for the bill for
            years and held a vigil on the Capitol steps when the Senate briefly stalled it this
            summer. The VA said it was hiring thousands of staff to handle the claims and
            expected waiting times to rise. Eligible survivors of veterans who died can also
            apply.
        """),
        "health",
    ),
    (
        "Defence and veteran suicide royal commission calls for new agency in final report",
        _t("""
            The royal commission into defence and veteran suicide has called for a new independent
            body to oversee the health and wellbeing of serving and former military members,
            finding that the system was failing people at the moment they needed it most. The
            commission's final report, tabled in federal parliament on Monday, makes 122
            recommendations, including replacing the Department of Veterans' Affairs claims system
            and changing how the Australian Defence Force manages people who are medically
            discharged. It found that ex-serving men were 26 per cent more likely to die by suicide
            than other Australian men, and ex-serving women more than twice as likely as other
            women. Commissioner Nick Kaldas said many of the veterans who gave evidence had spent
            years fighting the bureaucracy for compensation, often while unwell. "For too many,
            the battle began when they came home," he said. Defence Minister Richard Marles said
            the government would respond to the recommendations in full by the end of the year.
            Veterans' advocates said the report would mean nothing unless it was funded. The
            commission held hearings around the country over three years and received more than
            6000 submissions.
        """),
        "health",
    ),
    (
        "Measles: New Zealand nurses and vaccine doses sent to Samoa as epidemic deaths rise",
        _t("""
            New Zealand is sending another team of nurses and 3000 more doses of measles vaccine
            to Samoa, where a measles epidemic has killed 53 people, most of them children under
            five. Samoa's government has declared a state of emergency, closed schools and banned
            children from public gatherings, and public servants have been told to stay home so
            they can help a mass vaccination drive. Foreign Minister Winston Peters said New
            Zealand would also fund extra intensive care support for Samoa's main hospital in
            Apia. The outbreak is believed to have been brought from Auckland, where more than
            2000 cases have been recorded this year, many of them in South Auckland's Pacific
            communities. Public health experts say low vaccination rates in Samoa, after the
            deaths of two babies from a wrongly prepared vaccine last year, left the country
            badly exposed. Doctors in Auckland said the battle against the disease at home was not
            over. Health officials are urging Pacific families in New Zealand planning to travel
            to Samoa for Christmas to make sure they are vaccinated. Some anti-vaccination
            campaigners have been spreading false claims on social media in Samoa, prompting a
            warning from the government.
        """),
        "health",
    ),
    (
        "Military report details 'horrific' conditions in Ontario long-term care homes",
        _t("""
            Canadian Armed Forces personnel sent to help five Ontario long-term care homes hit
            hard by COVID-19 have reported residents left in soiled bedding for weeks, cockroach
            infestations, patients crying for help for hours, and staff reusing medical equipment
            without sterilizing it. The report, written by military medical staff and made public
            on Tuesday, was described by Premier Doug Ford as "gut-wrenching" and "the most
            heart-wrenching report I've ever read". About 1,700 soldiers were deployed to care
            homes in Ontario and Quebec in April after outbreaks of COVID-19 overwhelmed staff.
            The report found that some residents had died of dehydration rather than the virus.
            Ford said the province had launched an investigation and that the findings had been
            passed to the chief coroner. Prime Minister Justin Trudeau said he was "deeply
            disturbed" and that the federal government would work with the provinces on national
            standards for long-term care. More than 1,500 residents of Ontario care homes have died
            of COVID-19 since the start of the pandemic. Families of residents said they had been
            raising alarms for years. The soldiers' deployment in Ontario has been extended until
            at least mid-June.
        """),
        "health",
    ),
    (
        "Four aircrew missing after army Taipan helicopter ditches near Lindeman Island",
        _t("""
            Four Australian Army aircrew are missing after an MRH-90 Taipan helicopter ditched
            into the water near Lindeman Island in the Whitsundays late on Friday night during the
            Talisman Sabre military exercise. Defence Minister Richard Marles said the helicopter,
            one of two taking part in a night training operation, went down at about 10:30pm, and
            that an extensive search involving Australian and United States ships and aircraft
            was under way. Debris has been found in the water. The exercise, which involves about
            30,000 personnel from 13 countries, has been paused for the search. Marles said it was
            "a really difficult morning" for the families of the men and for the defence community.
            The Taipan fleet has been grounded. The helicopters have had a troubled history, with
            another ditching off the NSW coast in March, and the government had already announced
            they would be retired early and replaced with Black Hawks. Queensland Police and
            civilian volunteers joined the search on Saturday. A navy clearance diving team was
            being flown to the area. The cause of the crash is not yet known.
        """),
        "accident",
    ),
    (
        "Creeslough explosion: ten dead as community mourns after blast at service station",
        _t("""
            Ten people, including a five-year-old girl and three teenagers, were killed in an
            explosion at a service station in the village of Creeslough in north Donegal on
            Friday afternoon, gardaí have confirmed. The blast brought down the front of the
            building, which housed a shop, a post office and apartments, at about 3.20pm, when the
            shop was busy with people buying lunch and collecting post. Emergency crews from
            Donegal and across the border in Derry worked through the night to search the rubble.
            Gardaí said the explosion appeared to have been a tragic accident and that the
            indications were it was caused by gas. Eight people were taken to hospital, one of
            whom was airlifted to Dublin. The Taoiseach, Micheál Martin, visited the village on
            Saturday and said the country was in "deep shock". "It looked like a bomb had gone
            off," said a local man who helped pull people from the debris. The GAA cancelled all
            club matches in Donegal for the weekend, and a book of condolences was opened at
            Letterkenny. Local priests held vigils in the parish church on Saturday evening.
        """),
        "accident",
    ),
    (
        "Humboldt Broncos bus crash: 15 dead as Saskatchewan mourns a junior hockey team",
        _t("""
            Fifteen people were killed and 14 injured when a bus carrying the Humboldt Broncos
            junior hockey team collided with a tractor-trailer at a rural intersection in
            northeastern Saskatchewan on Friday evening, the RCMP said. The team was on its way to
            Nipawin for Game 5 of a playoff semifinal against the Nipawin Hawks, a series the
            Broncos had been battling to keep alive. Among the dead were the team's head coach,
            Darcy Haugan, players aged 16 to 21, the team's radio broadcaster and the bus driver.
            The truck was loaded with peat moss, and the crash happened at the intersection of
            Highways 35 and 335, where the driver of the truck was required to stop. Prime
            Minister Justin Trudeau said the country was "heartbroken", and the Saskatchewan
            Junior Hockey League cancelled the remainder of the series. Across Canada, people
            left hockey sticks on their porches in tribute. A GoFundMe campaign for the families
            raised more than $4 million in two days. The RCMP said it was too early to say what
            caused the crash. A vigil held at the Broncos' home arena in Humboldt on Sunday
            drew thousands of people.
        """),
        "accident",
    ),
]
