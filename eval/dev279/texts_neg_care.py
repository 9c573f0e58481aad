"""dev279 negatives, care and service: PTSD and medical care, suicide figures, military funerals
after accidents, disasters that reach veterans' homes and hospitals, recruitment and reserves.

NEGATIVES = [(title, text, kind code), ...]; kind codes as in eval/conflictset.
"""

NEGATIVES = [
    (
        "FDA turns down MDMA therapy, and veterans who fought for it are crushed",
        "The Food and Drug Administration on Friday rejected an application to approve MDMA-assisted "
        "therapy for post-traumatic stress disorder, a blow to veterans' groups that had lobbied for "
        "it for years. The agency said the data submitted by the drug's developer, Lykos "
        "Therapeutics, could not establish that the treatment was safe and effective, and asked for "
        "a further phase three trial, which could take years. Veterans who took part in the trials "
        "described the therapy as the first thing that had worked for them. “I went through three "
        "wars' worth of pills before this,” said a former Army Ranger who served in Iraq and "
        "Afghanistan. An FDA advisory panel voted against the treatment in June, citing flaws in the "
        "trials. The VA is funding its own studies of psychedelic therapies at several medical "
        "centres. Lykos said it would ask the agency to reconsider.",
        "health",
    ),
    (
        "VA report: veteran suicides stayed above 6,000 a year",
        "More than 6,400 veterans died by suicide in 2022, an average of about 17 a day, according to "
        "the Department of Veterans Affairs' annual prevention report released on Thursday. The rate "
        "among veterans was more than one and a half times that of adults who never served, after "
        "adjusting for age and sex. Firearms were involved in about three in four of the deaths. The "
        "report found that the rate rose most steeply among women veterans and those aged 18 to 34. "
        "VA officials pointed to a fall in suicides among veterans who use its health care. The "
        "department's crisis line, reached by dialling 988 and pressing 1, took more than a million "
        "calls last year. Advocates said the figures understated the problem because many deaths "
        "are not recorded as suicides. “Every one of these is a battle we lost at home,” one "
        "advocate said. The report also counted suicides among members of the National Guard and "
        "reserves who were never federally activated, a group the VA did not track until 2018. The "
        "department plans to spend $560m on prevention programmes next year, including grants to "
        "community groups in rural areas.",
        "health",
    ),
    (
        "Op Courage waiting times double as veterans' mental health referrals surge",
        "Veterans referred to Op Courage, the NHS mental health service for former members of the "
        "armed forces in England, are waiting on average 14 weeks for a first assessment, twice as long "
        "as a year ago, figures obtained by this newspaper show. Referrals rose by 38% in the past "
        "year, to more than 5,000, after a campaign to raise awareness of the service. NHS England "
        "said extra staff were being recruited in the south-west and the north-east, where waits are "
        "longest. Combat Stress, the veterans' mental health charity, said it was seeing more "
        "veterans in crisis who had given up waiting. One former Royal Marine who served in Helmand "
        "said he had been “triaged, assessed and re-triaged” for five months. The Office for "
        "Veterans' Affairs said it would publish a new mental health strategy in the spring. The "
        "service, launched in 2021, is meant to see urgent cases within two weeks. A spokesman for "
        "Combat Stress said the charity's own helpline had taken 12,000 calls last year.",
        "health",
    ),
    (
        "Assistance dogs for veterans with PTSD get a national scheme",
        "Veterans with post-traumatic stress disorder will be able to apply for a trained assistance "
        "dog through the Department of Veterans' Affairs from next month, after a pilot in Queensland "
        "and New South Wales found the dogs reduced anxiety and nightmares. The department will pay "
        "for the training of up to 400 dogs over four years, at a cost of about $45,000 each. "
        "Veterans must be receiving treatment from a psychiatrist or psychologist to qualify. A "
        "former army engineer from Wagga Wagga said his labrador, Dixie, woke him from nightmares "
        "and let him go to the supermarket again. Open Arms, the veterans' counselling service, said "
        "the dogs were not a replacement for therapy. Waiting lists at the two approved training "
        "organisations are already about 18 months.",
        "health",
    ),
    (
        "Wounded veteran sets himself on fire outside Defence Ministry rehabilitation office",
        "A disabled IDF veteran suffering from post-traumatic stress disorder set himself on fire "
        "outside the Defence Ministry's rehabilitation department in Petah Tikva on Monday, and was "
        "taken to Sheba Medical Center in critical condition. Itzik Saidian, 26, who fought in Gaza in "
        "2014, had been in a dispute with the department for years over the recognition of his "
        "disability, friends said. Witnesses said he poured a flammable liquid over himself in the "
        "lobby after a meeting and that a security guard put out the flames with an extinguisher. "
        "Defence Minister Benny Gantz ordered an urgent review of the department's handling of "
        "veterans with mental injuries. Hundreds of disabled veterans protested outside the office "
        "on Tuesday. “We came back from battle and the battle started here,” one said. The department said it "
        "had received more than 4,000 new claims for post-traumatic stress in the past five years. "
        "Gantz later announced a reform to cut the time taken to recognise mental injuries.",
        "health",
    ),
    (
        "Ukraine has one psychologist for every 900 veterans, audit finds",
        "Ukraine has about one qualified psychologist working with veterans for every 900 former "
        "soldiers, and most of them work in Kyiv and a handful of regional centres, according to an "
        "audit by the Accounting Chamber published on Wednesday. The audit found that the state "
        "programme for veterans' mental health spent less than half of its budget last year, largely "
        "because regional hospitals could not hire specialists. Veterans in rural areas wait an "
        "average of seven weeks for a first appointment. The Ministry of Health said it had trained "
        "more than 3,000 family doctors to screen for post-traumatic stress disorder. Veterans' "
        "organisations said many former soldiers avoid state services for fear that a diagnosis would "
        "affect their right to carry a weapon or drive. The ministry plans a network of 100 "
        "mental health centres by the end of next year.",
        "health",
    ),
    (
        "Gulf War illness is real and physical, major study finds",
        "Veterans of the 1991 Gulf War who suffer from chronic fatigue, joint pain and memory problems "
        "show measurable damage to brain function linked to exposure to low levels of the nerve agent "
        "sarin, according to a study published on Tuesday. Researchers at the University of Texas "
        "Southwestern compared the genes and brain scans of more than 1,000 veterans. About a quarter "
        "of the 700,000 Americans deployed to the Gulf have reported symptoms, and many spent years "
        "fighting the VA to have them recognised. “For decades we were told it was stress,” said a "
        "former Army truck driver from Dallas who joined the study. The authors said the findings "
        "could help to design treatments. The VA said it would review the study as part of its "
        "process for deciding which illnesses to presume were caused by service.",
        "health",
    ),
    (
        "Townsville farewells the four Taipan aircrew lost off Lindeman Island",
        "Hundreds of soldiers and families filled a Townsville hangar on Friday for the military "
        "funeral of the four aircrew killed when their MRH-90 Taipan helicopter crashed into the sea "
        "off Lindeman Island during Exercise Talisman Sabre. The helicopter went down at night while "
        "flying in formation with other aircraft, and the bodies of the crew were recovered from the "
        "wreckage weeks later. Defence has grounded the Taipan fleet permanently, and separate "
        "inquiries by Defence and the Inspector-General are under way. The four, from the 6th "
        "Aviation Regiment, were remembered as a close crew who volunteered for every task. The Chief "
        "of Army told mourners that their loss was felt across the force. The RSL's Queensland branch "
        "said it would support the families. A flypast closed the service.",
        "accident",
    ),
    (
        "Army buries the three soldiers of the Black Hawk that hit an airliner",
        "The last of the three soldiers killed when their Army Black Hawk collided with a passenger jet "
        "over the Potomac River was buried at Arlington National Cemetery on Thursday. The helicopter, "
        "on a night training flight, flew into the path of an American Eagle regional jet approaching "
        "Reagan National Airport, killing all 67 people on both aircraft, the worst air disaster in "
        "the United States in more than two decades. The National Transportation Safety Board is "
        "investigating why the helicopter was flying above the altitude limit for its route. Veterans "
        "of the 12th Aviation Battalion stood in the rain as a caisson carried the casket to the "
        "grave. The Army has suspended training flights in the corridor. The soldier's mother said "
        "she did not want him remembered as a headline.",
        "accident",
    ),
    (
        "Battle of Britain Memorial Flight grounded after Spitfire crash kills pilot",
        "The RAF's Battle of Britain Memorial Flight has suspended all flying after one of its "
        "Spitfires crashed into a field near RAF Coningsby in Lincolnshire on Saturday, killing its "
        "pilot. The RAF named him as Squadron Leader Mark Long, an experienced fighter pilot who had "
        "flown with the flight for several seasons. The aircraft, a Mk IX, came down shortly after "
        "take-off while on its way to a display, and the Air Accidents Investigation Branch is "
        "examining the wreckage. The flight's Lancaster, Hurricanes and Dakota were due to appear at "
        "commemorations of the D-Day anniversary next month. Veterans' groups paid tribute, and "
        "people left flowers at the gates of the base. The Chief of the Air Staff said the RAF was in "
        "mourning.",
        "accident",
    ),
    (
        "Lismore flood swamps RSL club and veterans' homes",
        "Floodwaters from the Wilsons River swept through the Lismore RSL sub-branch on Monday, "
        "destroying a century of records and memorabilia, as the northern New South Wales city "
        "suffered its worst flood on record. The river peaked at more than 14 metres, two metres "
        "above the previous record. At least four people died in the region, and thousands were "
        "rescued from rooftops by boat and helicopter. Defence deployed about 1,000 personnel to "
        "help with the clean-up. Several elderly veterans were taken from a retirement village in "
        "North Lismore by volunteers in tinnies. The sub-branch president said honour boards listing "
        "local men who fought in both world wars had been lost. “We will rebuild, but some of that "
        "history is gone for good,” he said. Evacuation centres in Goonellabah were full by "
        "nightfall. The state government declared a natural disaster for 14 local government areas. "
        "The RSL's state branch has opened an appeal for members who lost their homes.",
        "disaster",
    ),
    (
        "Fire crews save West LA VA campus as Palisades blaze spreads",
        "Firefighters held back flames on the edge of the Department of Veterans Affairs' West Los "
        "Angeles campus on Wednesday as the Palisades fire spread through neighbouring hillsides, "
        "officials said. About 150 veterans living in tiny homes and tents on the campus were moved "
        "to a medical centre building as a precaution, and the VA said patients in its nursing home "
        "would stay in place. The fire has burned more than 15,000 acres and destroyed hundreds of "
        "homes, and tens of thousands of people are under evacuation orders. Ash fell across the "
        "campus and the air was thick with smoke. A Vietnam veteran who has lived in a tiny home "
        "there for two years said staff went from door to door before dawn. “I have been evacuated "
        "by the Army and by the fire department, and the Army was quicker,” he said.",
        "disaster",
    ),
    (
        "Helene leaves Asheville VA hospital on generators and bottled water",
        "The Charles George VA Medical Center in Asheville was running on generator power and trucked "
        "water on Tuesday after Hurricane Helene tore through western North Carolina, knocking out the "
        "city's water system. The VA said it had moved some patients to hospitals in Salisbury and "
        "Durham and cancelled routine appointments. More than 100 people have been killed in six "
        "states, and dozens are missing in the mountains around Asheville, officials said. The "
        "National Guard flew supplies into cut-off towns. Veterans' groups organised convoys of "
        "water and diapers to the region. A veteran in Black Mountain said his road had been washed "
        "away and he had no idea when his prescriptions would arrive. The VA said veterans could "
        "fill prescriptions at any pharmacy until further notice.",
        "disaster",
    ),
    (
        "Army recruiters offer veterans of past campaigns record signing bonuses",
        "Russian army recruiters are offering men who served in past campaigns one-off payments of up "
        "to 2 million roubles to sign contracts, advertisements in several regions show, as the "
        "defence ministry pushes to enlist volunteers without a new wave of mobilisation. In "
        "Tatarstan, billboards aimed at veterans of Chechnya and Syria promise “your experience is "
        "needed again”. Regional governments are competing with each other, and some add land plots "
        "and free places at university for children. The defence ministry said more than 400,000 "
        "people had signed contracts last year. Economists say the payments are drawing men from "
        "poorer regions and pushing up wages in the labour market. A recruiter in Kazan said most of "
        "his callers were men in their 40s with debts. Recruitment offices in Moscow have extended "
        "their opening hours, and ads appear on buses and at petrol stations. Rights groups say some "
        "of the men who sign have little idea of what the contract commits them to.",
        "military",
    ),
    (
        "Defence review wants veterans in a strategic reserve",
        "The government's Strategic Defence Review recommends extending the obligation of former "
        "regular soldiers to be recalled in a national emergency from the age of 55 to 65, creating a "
        "strategic reserve of tens of thousands of veterans. The review, published on Monday, also "
        "calls for a 30% increase in the size of the active reserves and for cadet forces in more "
        "state schools. Ministers said the reserve would be used only in a major war. Veterans' "
        "groups were divided: some welcomed a chance to serve, while others said men in their 60s "
        "should not be told they could be called up. The Ministry of Defence said it would consult on "
        "the details. No one would be called for training without consent, officials said. The "
        "review also sets out plans for up to 12 new attack submarines.",
        "military",
    ),
    (
        "Retired diggers play the enemy in Talisman Sabre exercise",
        "More than 100 retired Australian Army soldiers are playing the part of an opposing force in "
        "this year's Talisman Sabre exercise in Queensland, the largest military drill held in "
        "Australia, with 35,000 personnel from 19 countries. The veterans, recruited through the Army "
        "Reserve, spend weeks living in the bush at Shoalwater Bay and launching mock ambushes on "
        "American and Australian units. The exercise also includes amphibious landings, live-fire "
        "drills and a HIMARS launch into the Coral Sea. “We know every creek line out here, and the "
        "young blokes hate us,” said one former sergeant, 62, who served in East Timor. Defence said "
        "the exercise was not aimed at any country. The drills end in early August.",
        "military",
    ),
]
