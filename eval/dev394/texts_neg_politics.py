"""dev394 negatives: politics, the economy and load-shedding, peaceful protest, peace diplomacy and
the military without violence, in the South African press. (title, text, kind code)."""

NEGATIVES = [
    (
        "ANC's battle for Nasrec goes to the wire",
        "The battle for the ANC presidency entered its final day on Monday with both camps "
        "claiming they had the numbers, as delegates at Nasrec waited for the results of a "
        "vote that will decide who leads the party into the 2019 elections. Cyril Ramaphosa's "
        "supporters sang outside the counting hall while Nkosazana Dlamini-Zuma's backers "
        "accused the electoral agency of allowing disputed delegates from the Free State and "
        "North West to vote. The party's provincial chairpersons held late-night talks to "
        "prevent a walkout. “This is war, but it is a war within the family,” one "
        "Mpumalanga delegate told the Mail & Guardian. Markets have followed the contest closely, "
        "and the rand firmed on reports that Ramaphosa was ahead. The results were expected by "
        "evening. "
        "Outgoing president Jacob Zuma, who backed Dlamini-Zuma, said he would respect the "
        "outcome.",
        "politics",
    ),
    (
        "Mbalula declares war on factionalism ahead of ANC NGC",
        "ANC secretary-general Fikile Mbalula said on Sunday that the party would “go to war "
        "against the slates” that had crippled its branches, as it prepared for its national "
        "general council. Speaking in Ekurhuleni, Mbalula said branch meetings in several "
        "regions had been hijacked by people who bused in members to fix the vote. He said the "
        "party's integrity commission would be strengthened and that anyone found buying votes "
        "would be expelled. Party insiders said the fight over the succession was already "
        "under way, with two deputy presidents of the party's past trading barbs in the media. "
        "Analysts said the ANC had lost voters to the MK party because of years of infighting. "
        "The council will meet in December. "
        "Several provinces, among them KwaZulu-Natal and Gauteng, are expected to push for a "
        "change in the way the party elects its leaders.",
        "politics",
    ),
    (
        "GNU partners trade blows over budget as DA threatens to walk",
        "The DA and the ANC were locked in a war of words on Wednesday over finance minister "
        "Enoch Godongwana's plan to raise VAT, with DA leader John Steenhuisen saying his party "
        "would not vote for a budget that “takes the bread off the tables of the poor”. ANC "
        "secretary-general Fikile Mbalula accused the DA of behaving like an opposition party "
        "inside the government of national unity. Treasury officials spent the night looking "
        "for alternatives. The budget vote has been delayed twice. Political analyst Susan "
        "Booysen told eNCA the GNU had survived “skirmishes” before, but this was the first real "
        "test of its numbers in Parliament. The EFF said it would oppose the budget in any "
        "form. "
        "The rand fell by more than 1% against the dollar as investors weighed the chances of "
        "the coalition breaking up. Business groups urged the parties to find a compromise "
        "quickly, warning that a failed budget would put the country's credit rating at risk.",
        "politics",
    ),
    (
        "MK party loses court battle to overturn election results",
        "The Electoral Court on Tuesday dismissed the MK party's bid to have the results of the "
        "May general election set aside, ruling that the party had produced no evidence of the "
        "vote-rigging it alleged. The party, led by former president Jacob Zuma, came third "
        "with about 14.6% of the vote and has boycotted the first sitting of the National "
        "Assembly. Its lawyers argued that the Electoral Commission's results system had been "
        "tampered with. The court said the application was “without merit” and ordered the "
        "party to pay costs. MK spokesperson Nhlamulo Ndhlela said the party would appeal. The "
        "ruling clears the way for MK members to take their seats in Parliament. "
        "Zuma had earlier told supporters that the party would take the fight to the "
        "Constitutional Court if necessary. Legal experts said the party's chances of success "
        "there were slim. The ANC, which lost its majority for the first time since 1994, said "
        "the ruling confirmed that the elections had been free and fair.",
        "politics",
    ),
    (
        "South Africa files its evidence in ICJ genocide case against Israel",
        "South Africa on Monday filed its memorial with the International Court of Justice in "
        "The Hague, setting out the evidence for its claim that Israel has breached the Genocide "
        "Convention. The document runs to more than 750 pages of text and thousands of pages of "
        "exhibits, according to Dirco. International relations minister Ronald Lamola said the "
        "filing was “a historic step” for the rule of law. Israel has rejected the case as "
        "baseless and has until next year to reply. The court's final ruling on the merits is "
        "not expected for several years. Legal scholars at Wits said the case would test the "
        "high threshold of proving intent. Pretoria's relations with Washington have cooled "
        "over the case. "
        "Several countries, among them Colombia, Spain and Türkiye, have asked to join the "
        "case. The South African legal team, which includes the international law "
        "professor John Dugard and advocate Adila Hassim, has been praised at home for its "
        "work.",
        "politics",
    ),
    (
        "Stage 6 returns as Eskom loses the battle with breakdowns",
        "Eskom moved to stage 6 load-shedding on Sunday evening after seven generating units "
        "broke down at Kendal, Tutuka and Majuba, meaning households face up to six hours a day "
        "without power. The utility said unplanned outages had reached 17,500 megawatts. "
        "Electricity minister Kgosientsho Ramokgopa said the government was “at war with "
        "load-shedding” and that the worst would be over by winter. Business groups said the "
        "cuts were costing the economy about R900m a day. Traffic lights were out across "
        "Johannesburg, and small businesses said they could not afford the diesel for "
        "generators. The rand weakened against the dollar. Eskom asked households to switch off "
        "geysers and pool pumps in the evening peak. "
        "The Minerals Council said mines were cutting production to save power.",
        "economy",
    ),
    (
        "Coal trucks, cable thieves and sabotage: Eskom's 'war room' reports",
        "Eskom's new war room on plant performance has found that theft of coal and diesel "
        "costs the utility billions of rand a year, its chief executive told Parliament's public "
        "enterprises committee on Wednesday. Dan Marokane said trucks that should deliver "
        "high-quality coal were swapping loads for rocks and low-grade coal at illegal yards in "
        "Mpumalanga. Staff had been arrested for damaging equipment at the Camden and Tutuka "
        "power stations, he said. The committee heard that the utility's debt now exceeds R400bn. "
        "Members asked why it had taken so long to act on reports from its own security "
        "department. Marokane said he hoped to reduce load-shedding to stage 2 by winter. "
        "He said Eskom had asked the police to set up a specialised unit to deal with crime at "
        "its sites. The committee's chairperson said Parliament would keep a close eye on the "
        "plan. Eskom's annual results are due next month, and the utility has warned of another"
        " loss.",
        "economy",
    ),
    (
        "Airline price war as FlySafair and Lift cut fares on the golden triangle",
        "A price war has broken out on the routes between Johannesburg, Cape Town and Durban "
        "after the collapse of Comair left travellers with fewer seats and higher fares. "
        "FlySafair and the newcomer Lift both cut one-way fares below R800 on Monday, "
        "undercutting SAA's relaunched service. Aviation analyst Guy Leitch said the airlines "
        "were fighting “a battle for every seat” and that not all of them would survive it. The "
        "Airports Company South Africa said passenger numbers were still below their 2019 "
        "level. Travel agents said holiday bookings had picked up. SAA said it would not match "
        "the cheapest fares but would focus on service. "
        "The Competition Commission said it was watching the market for signs of predatory "
        "pricing. Comair, which ran British Airways and Kulula flights, grounded its fleet in "
        "June after failing to find new investors. Analysts said fares would rise again once "
        "the airlines had more aircraft. Travellers, for now, have welcomed the cheaper seats.",
        "economy",
    ),
    (
        "Durban port backlog: Transnet fights to clear 60 ships at anchor",
        "More than 60 ships were waiting at anchor off Durban on Tuesday as Transnet struggled "
        "to clear a backlog caused by equipment breakdowns and strong winds, shipping agents "
        "said. Exporters of citrus and coal said the delays were costing them heavily. Transnet "
        "said it had brought in extra straddle carriers and was running the container terminal "
        "around the clock. The Durban Chamber of Commerce called the state of the port “a siege "
        "on the economy of the province”. Maritime analysts said some shipping lines had started "
        "to skip Durban for Maputo and Port Louis. The utility's chief executive said the "
        "recovery plan would take 18 months. "
        "The World Bank ranked the Durban container terminal among the worst-performing in the "
        "world last year. Transnet has since signed a deal with a Philippine operator to run "
        "one of its terminals. Farmers warned that some of their fruit would spoil on the quay "
        "if ships did not berth soon.",
        "economy",
    ),
    (
        "EFF national shutdown passes largely peacefully",
        "The EFF's national shutdown passed without major incidents on Monday, police said, "
        "with marches to the Union Buildings and the Cape Town Parliament ending in speeches "
        "rather than the violence the government had feared. Thousands of red-clad supporters "
        "gathered at Church Square in Pretoria before walking to the Union Buildings to hand over "
        "a memorandum calling on President Cyril Ramaphosa to resign. In Cape Town, about 2,000 "
        "people marched down Adderley Street. Police said 87 people were arrested, most of them "
        "for small offences before dawn, and that no serious injuries were reported. Many "
        "businesses stayed closed and traffic was light. The SANDF had put 3,474 soldiers on "
        "standby, but they were not needed. "
        "EFF leader Julius Malema said the shutdown had been a success and that the party would"
        " hold more protests.",
        "protest",
    ),
    (
        "Sisonke residents march to municipal offices over water cuts",
        "About 500 residents of Sisonke township marched peacefully to the municipal offices "
        "in Bethlehem on Thursday to demand an end to water cuts that have lasted for three "
        "weeks. Protesters sang and carried empty buckets and placards that read “Water is "
        "life”. The municipal manager received the memorandum and promised to reply within "
        "seven days. Police monitored the march, which ended by midday without incident. "
        "Residents said they had been buying water from private trucks at R5 a bucket. The "
        "municipality blamed unpaid Eskom and water board debts for the cuts. A ward councillor "
        "said the province had promised to send water tankers in the meantime. "
        "The municipality has been under administration since last year. Residents said they "
        "would march again if the water was not restored by the end of the month. Local "
        "businesses, among them a bakery and a car wash, said they had been forced to close for"
        " days at a time because of the cuts.",
        "protest",
    ),
    (
        "Operation Dudula pickets clinics in Soweto",
        "Members of Operation Dudula picketed outside three clinics in Soweto on Wednesday, "
        "demanding that staff stop treating patients who cannot produce South African "
        "identity documents. The group's members, some wearing military-style fatigues, stood "
        "at the gates questioning people as they arrived. Police said there were no arrests "
        "and no violence, but health officials said several patients had turned back. The "
        "Gauteng health department said the constitution guaranteed emergency care to "
        "everyone. Operation Dudula leader Zandile Dabula said the group would continue until "
        "the law was changed. Human rights groups called on police to stop the pickets, saying "
        "they amounted to intimidation. "
        "The health department said it would ask the police to make sure patients could reach "
        "the clinics without being stopped.",
        "protest",
    ),
    (
        "Public servants strike as unions reject wage offer",
        "Thousands of public servants downed tools on Tuesday in a strike over wages called by "
        "Nehawu, with nurses, clerks and cleaners picketing outside hospitals and government "
        "offices across the country. Union members marched to the treasury in Pretoria to hand "
        "over a memorandum rejecting the government's offer of a 4.7% increase. Some patients "
        "at Helen Joseph and Charlotte Maxeke hospitals said they had been sent home. The "
        "Department of Public Service and Administration said it had obtained a court order "
        "declaring the strike unprotected for essential workers. The picket lines were "
        "generally peaceful, police said. Talks at the bargaining council will resume on "
        "Friday. "
        "The government says it cannot afford more than it has offered because of the state's "
        "debt. Nehawu said it would extend the strike if the government did not improve its "
        "offer by the end of the week. Some provinces said they had brought in volunteers to "
        "keep hospital kitchens and laundries running.",
        "protest",
    ),
    (
        "Farmers drive tractors to Union Buildings to demand action on rural safety",
        "Hundreds of farmers drove tractors and bakkies slowly along the N1 into Pretoria on "
        "Saturday, bringing traffic to a crawl, to demand that the government do more to "
        "protect farming communities. Organisers from Agri SA and the TLU SA said they wanted "
        "rural safety declared a national priority. At the Union Buildings, speakers read out "
        "the names of farmers and farm workers killed in recent years. The protest was "
        "peaceful, and the police said no one was arrested. The Presidency sent an official to "
        "receive the petition. The march was the largest of its kind since the “Black Monday” "
        "convoys of 2017. "
        "The farmers' organisations said the police's rural safety plan had not been properly "
        "funded. Police minister Senzo Mchunu said the government took the safety of farmers "
        "and farm workers seriously. Traffic on the N1 returned to normal by mid-afternoon, and"
        " the farmers drove home in convoys. Some of them had travelled from as far as the Free"
        " State and Mpumalanga.",
        "protest",
    ),
    (
        "Ethiopia and Tigray leaders sign peace deal in Pretoria",
        "Ethiopia's government and Tigrayan leaders agreed on Wednesday to a permanent end to "
        "hostilities at talks in Pretoria brokered by the African Union, ending a war that has "
        "killed hundreds of thousands since 2020. The agreement provides for the disarmament of "
        "Tigrayan forces, the restoration of federal authority in Mekelle and the unhindered "
        "delivery of aid. Former Kenyan president Uhuru Kenyatta and former South African "
        "deputy president Phumzile Mlambo-Ngcuka were part of the mediation panel. President "
        "Cyril Ramaphosa said South Africa was proud to have hosted the talks. The two sides "
        "will meet again in Nairobi to work out the details. Diplomats said the hard part was "
        "still to come. "
        "The talks, which began ten days ago, were held behind closed doors at a hotel in "
        "Pretoria. Getachew Reda, the Tigrayan negotiator, said his side had made “painful "
        "concessions”.",
        "peace",
    ),
    (
        "Ramaphosa's Africa peace mission meets Putin in St Petersburg",
        "President Cyril Ramaphosa and six other African leaders met Russian president Vladimir "
        "Putin in St Petersburg on Saturday, a day after seeing Ukraine's Volodymyr Zelensky in "
        "Kyiv, and presented a ten-point plan for ending the war. The plan calls for talks, the "
        "return of children and an exchange of prisoners, as well as the unblocking of grain "
        "exports through the Black Sea. Putin said parts of the plan were “unrealistic” but that "
        "Moscow was open to talks. Ramaphosa said the mission had been “a success in opening a "
        "channel”. The trip cost taxpayers millions of rand, opposition parties complained. "
        "Security staff had earlier been held up at Warsaw airport over their weapons. "
        "The delegation included the presidents of Senegal, Zambia and the Comoros. Ramaphosa "
        "said the mission would continue talking to both sides and would report to the African "
        "Union.",
        "peace",
    ),
    (
        "South Sudan's rivals agree on unity government at talks in Pretoria",
        "South Sudan's president Salva Kiir and opposition leader Riek Machar agreed on "
        "Tuesday to form a unity government within 100 days, after two days of talks in "
        "Pretoria hosted by deputy president David Mabuza. The agreement settles the number of "
        "states and the integration of the two sides' forces into a national army. Mabuza, "
        "South Africa's special envoy to South Sudan, said the parties had shown “the courage "
        "to compromise”. Previous deals have collapsed. Machar, who lived in exile in South "
        "Africa for more than a year, is expected to return to Juba. The talks were attended by "
        "envoys from the regional bloc Igad. "
        "The two leaders shook hands in front of reporters at the Union Buildings and said they"
        " would work together. Analysts warned that the deal faced the same problems that had "
        "undermined the earlier agreement, including a shortage of money to pay soldiers. South"
        " Africa has offered to help train the new army. Diplomats said the next hundred days "
        "would be the real test.",
        "peace",
    ),
    (
        "SANDF hosts Russian and Chinese navies for Exercise Mosi II",
        "The South African Navy began ten days of exercises with Russian and Chinese warships "
        "off Durban and Richards Bay on Friday, in drills that have drawn criticism from "
        "Western governments. The Russian frigate Admiral Gorshkov, which carries hypersonic "
        "missiles, docked in Cape Town before the exercise. The SANDF said the drills would "
        "include air defence, search and rescue and anti-piracy training, and that South Africa "
        "held similar exercises with the US, Britain and France. The DA said the timing, near "
        "the anniversary of Russia's invasion of Ukraine, embarrassed the country. Fishermen in "
        "Richards Bay were told to keep out of the exercise area. "
        "A naval spokesperson said the ships would be open to the public for a day in Durban. "
        "The navy said South Africa had always had a policy of non-alignment. The exercise will"
        " end with a parade at sea on the final day.",
        "military",
    ),
    (
        "Soldiers deployed to guard Eskom power stations",
        "About 880 SANDF soldiers have been deployed to guard four of Eskom's power stations "
        "considered at risk of sabotage and theft, the Presidency said on Monday. The troops "
        "will be stationed at Tutuka, Majuba, Camden and Grootvlei in Mpumalanga until April. "
        "The deployment, costing about R168m, follows a series of incidents at power stations "
        "that Eskom says were deliberate. Defence minister Thandi Modise said the soldiers would "
        "support police and would not be involved in law enforcement. Unions at Eskom welcomed "
        "the move. Critics say soldiers are not trained for the job and that the SANDF is "
        "already overstretched. "
        "Eskom's former chief executive André de Ruyter had warned that criminal syndicates "
        "were operating at several power stations. The soldiers arrived in Mpumalanga on "
        "Tuesday in trucks and buses. A spokesperson for the army said they would work in "
        "shifts around the clock.",
        "military",
    ),
    (
        "Army sent to Cape Flats as Parliament approves deployment",
        "Parliament on Thursday approved the deployment of 1,320 soldiers to the Cape Flats for "
        "three months to support the police in fighting gang violence, at a cost of R23m. The "
        "troops will take part in Operation Prosper and will set up cordons and roadblocks in "
        "areas such as Manenberg, Bishop Lavis and Hanover Park. Police minister Bheki Cele "
        "said the soldiers would “stabilise” the area while police made arrests. Residents "
        "interviewed by News24 were divided, with some welcoming the soldiers and others saying "
        "they feared heavy-handed policing. Criminologists said the army could suppress gang "
        "activity only briefly. The first troops arrived at the Wingfield base on Thursday "
        "evening. "
        "The Western Cape government had asked for soldiers for more than a year.",
        "military",
    ),
    (
        "Defence budget cut leaves SANDF short of fuel and spares",
        "The SANDF will have to ground aircraft and tie up ships after its budget was cut again "
        "in Wednesday's medium-term budget, the defence ministry said. The air force has only a "
        "handful of its C-130 transports serviceable, and the navy has one of its three "
        "submarines at sea. Defence analysts said the cuts put the country's commitments to "
        "peacekeeping at risk. Personnel costs already take up almost 60% of the budget. The "
        "Joint Standing Committee on Defence called it “a slow death”. Armscor said it would "
        "try to keep the Rooivalk helicopter fleet flying. Treasury said all departments had "
        "to share the burden. "
        "The air force's fleet of Gripen fighters has spent most of the year on the ground for "
        "lack of maintenance contracts. Unions representing soldiers say morale is low and that"
        " promotions have been frozen. Opposition parties said the government had neglected "
        "defence for decades.",
        "military",
    ),
    (
        "Last SANDF troops leave eastern DRC by road through Rwanda",
        "The last convoy of SANDF soldiers from the SADC mission in the DRC left Goma on "
        "Tuesday, heading by road through Rwanda and Tanzania, the defence ministry said. The "
        "SADC summit ended the mission's mandate in March. The soldiers will be flown from Dar es "
        "Salaam to Waterkloof Air Force Base. Their equipment, including armoured vehicles, will "
        "follow by sea. Defence minister Angie Motshekga said the troops had “served with "
        "honour”. Families are expected to gather at Waterkloof to welcome them home. The DA "
        "said Parliament should hold an inquiry into the deployment. "
        "The soldiers had been confined to their bases since the end of January. The government"
        " has said that a review of the mission will be carried out by the Department of "
        "Defence. The families of the 14 soldiers who died during the deployment are expected "
        "at the ceremony. Critics have asked why the troops were sent without enough air "
        "support, a question the minister has so far not answered.",
        "military",
    ),
]
