"""dev161 hard negatives: strikes and peaceful protests, peace and reintegration, science
politics, the economy of crops and drugs, and an exhibition about a past war."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Junior doctors in England begin four-day walkout over pay",
        "Junior doctors in England began a four-day strike on Tuesday morning, the longest "
        "walkout in the history of the NHS, in a dispute with the government over pay. "
        "Members of the British Medical Association staffed picket lines outside hospitals "
        'from 7am, carrying placards that read "Pay restoration for junior doctors". The '
        "union says junior doctors' pay has fallen by more than a quarter in real terms "
        "since 2008, and it is asking for a 35 percent rise. The health secretary said the "
        "demand was unaffordable and urged the union to call off the strike and enter talks. "
        "NHS England said about 250,000 appointments and operations were expected to be "
        'postponed, and that consultants were covering emergency care. "None of us want to '
        'be here, but we cannot keep losing colleagues to Australia," said a trainee '
        "anaesthetist on a picket line in Leeds. Patient groups said people waiting for "
        "cancer treatment and hip operations were worried. The BMA said more strikes would "
        "follow if no credible offer was made.",
        "protest",
    ),
    (
        "Resident doctors in Maharashtra strike after colleague assaulted by patient's relatives",
        "Resident doctors at government hospitals across Maharashtra stopped routine work on "
        "Thursday to protest against an assault on a colleague by the relatives of a patient "
        "who died at a hospital in Nagpur. About 7,000 doctors took part in the strike, "
        "according to the Maharashtra Association of Resident Doctors, while emergency and "
        "intensive care services continued. The association said the junior doctor had been "
        "slapped and pushed to the floor in the casualty ward by a group of relatives who "
        "blamed him for the death of a 62-year-old man; police have registered a case "
        "against four people. Doctors held silent marches on hospital campuses in Mumbai, "
        "Pune and Aurangabad, wearing black ribbons. They are demanding armed security "
        "guards in casualty wards, CCTV cameras and the fast-tracking of cases under the "
        'state law that protects medical staff from violence. "We are not asking for money; '
        'we are asking to work without fear," a resident at a Mumbai hospital said. The '
        "state's medical education minister met the association's leaders and promised to "
        "deploy more security staff.",
        "protest",
    ),
    (
        "Nigeria's university lecturers extend strike as students wait at home",
        "The Academic Staff Union of Universities has extended its strike indefinitely, "
        "keeping Nigeria's public universities closed for a seventh month and leaving "
        "millions of students at home. The union's leaders said after a meeting in Abuja "
        "that the government had failed to meet its demands on funding for universities, the "
        "renovation of campuses and the payment of arrears of lecturers' salaries. The "
        "government says it cannot afford the union's demands and has stopped paying "
        'striking lecturers under a "no work, no pay" policy. Students held peaceful '
        "rallies in Lagos and Ibadan this week, blocking a major road for several hours with "
        'placards reading "Our future is on hold". "I was supposed to graduate last year; '
        "now I don't know when I will,\" a final-year pharmacy student at the University of "
        "Lagos said. Private universities, which are not affected, have reported a rise in "
        "applications. Education researchers say repeated strikes have lengthened degrees "
        "and driven many academics abroad.",
        "protest",
    ),
    (
        "German farmers block roads with tractors over plan to cut diesel subsidies",
        "Thousands of farmers drove their tractors into Berlin and blocked motorway slip "
        "roads across Germany on Monday at the start of a week of protests against the "
        "government's plan to end tax breaks on agricultural diesel. Police said the "
        "protests were largely peaceful, although traffic was disrupted in many cities and "
        "some supermarket deliveries were delayed. In Berlin, about 2,000 tractors lined the "
        "avenue leading to the Brandenburg Gate, their drivers honking horns and waving "
        'banners that read "No farmers, no food". The government has already partly backed '
        "down, dropping a plan to scrap a vehicle tax exemption for farm machinery and "
        "phasing out the diesel subsidy over three years instead of at once. The German "
        "Farmers' Association says the cuts would cost the sector about 900 million euros a "
        'year. "This was the last straw," said a dairy farmer from Lower Saxony who had '
        "driven six hours to Berlin. Agricultural economists say farmers' anger reflects "
        "wider frustration with regulations on fertiliser, animal welfare and the "
        "environment.",
        "protest",
    ),
    (
        "Mekelle University reopens to students for the first time since the Tigray war",
        "Mekelle University in Ethiopia's Tigray region welcomed back students on Monday for "
        "the first time in more than two years, after the peace agreement signed in Pretoria "
        "in November ended the war between the federal government and Tigrayan forces. About "
        "10,000 students enrolled for the new term, many of them returning to degrees that "
        "were interrupted in 2020, the university's president said. Staff have gone unpaid "
        "for much of the past two years, and the campus still lacks reliable internet, "
        "laboratory chemicals and textbooks. Federal authorities restored banking, "
        'telecommunications and flights to Mekelle in the months after the agreement. "We '
        'lost two academic years, but we did not lose the university," said a professor of '
        "public health. The university says dozens of its staff and students died during the "
        "war and that libraries and laboratories were damaged. The Ministry of Education has "
        "promised funding for repairs and has allowed Tigray students to sit the national "
        "exit exam later than students elsewhere.",
        "peace",
    ),
    (
        "Former FARC fighters' coffee wins prize as reintegration projects struggle for land",
        "A coffee grown by a cooperative of former FARC guerrillas in Colombia's Cauca "
        "department has won a national quality competition, a rare success for the projects "
        "meant to help former fighters return to civilian life under the 2016 peace "
        "agreement. The cooperative, made up of about 80 former combatants and their "
        "families, sells its beans to roasters in Bogotá and Europe and has built a small "
        'processing plant with money from the European Union. "Ten years ago I carried a '
        'rifle in these hills; now I carry sacks of coffee," said one of the founders. '
        "Colombia's reintegration agency says about 11,000 former FARC members remain in the "
        "process, but many productive projects have failed for lack of land titles, credit "
        "and access to markets. The government has promised to speed up the transfer of land "
        "to former combatants as part of its commitments under the agreement. The "
        "cooperative's members say they want to open a café in the regional capital, "
        "Popayán, next year. Agronomists say Cauca's high-altitude farms are well suited to "
        "speciality coffee, which fetches several times the price of ordinary beans.",
        "peace",
    ),
    (
        "Universities sue over NIH cap on research overhead payments",
        "A group of universities, medical schools and hospital associations sued the Trump "
        "administration on Monday to block a cap on the overhead costs the National "
        "Institutes of Health pays on research grants, saying the cut would force labs to "
        "close and cost thousands of jobs. The policy, announced on Friday, limits payments "
        "for indirect costs such as buildings, utilities and administrative staff to 15 "
        "percent of a grant, far below the rates of 50 to 60 percent that many institutions "
        "have negotiated. The administration says the change will save $4 billion a year and "
        "ensure that more money goes to scientific research itself. University leaders "
        'called it an attack on American science. "This is not trimming fat; it is cutting '
        'into the bone of biomedical research," said the president of a medical research '
        "association. A federal judge in Boston issued a temporary order blocking the cap in "
        "the plaintiffs' states later in the day. The NIH is the world's largest public "
        "funder of biomedical research, with a budget of about $47 billion. Researchers at "
        "some medical schools said their institutions had already frozen the hiring of "
        "postdoctoral fellows and graduate students. Republican senators from states with "
        "large research universities expressed concern about the cut, while others said the "
        "overhead payments had grown too generous. Economists who study research funding "
        "note that indirect costs pay for things that grants cannot, such as laboratory "
        "safety staff, animal facilities and electricity for high-performance computers.",
        "politics",
    ),
    (
        "Iranian court jails wildlife scientists on spying charges over camera traps",
        "A court in Tehran has sentenced six members of an Iranian wildlife conservation "
        "group to prison terms of between four and ten years on charges of spying for the "
        "United States, their lawyers said on Wednesday. The scientists, who had used camera "
        "traps to monitor the critically endangered Asiatic cheetah, were arrested almost "
        "two years ago; prosecutors alleged that the cameras had been used to gather "
        "information on military sites. Conservationists and scientific societies around the "
        "world have called the charges baseless, noting that camera traps are a standard "
        "tool of wildlife research. Iran's own environment agency had said it found no "
        "evidence that the researchers were spies, according to its former head. The "
        "defendants were denied lawyers of their choice for most of their detention, and two "
        "of them said in court that they had been pressured into confessing, according to "
        'people who attended the hearings. "This sends a message to every field biologist '
        'in Iran that their work can land them in jail," said a conservation scientist who '
        "has worked in the country. Fewer than 50 Asiatic cheetahs are thought to survive in "
        "the wild, all of them in Iran.",
        "politics",
    ),
    (
        "Canada caps international student permits, putting colleges' finances under pressure",
        "Canada will cut the number of new study permits for international students by about "
        "35 percent this year, the immigration minister announced on Monday, in a bid to "
        "ease pressure on housing and crack down on institutions that he said were "
        "exploiting foreign students. The government will issue about 360,000 approved "
        "permits in 2024, distributed among provinces by population, and will stop granting "
        "post-graduation work permits to students at colleges that license their programmes "
        "to private partners. Ontario, where many public colleges have come to depend on "
        "fees from students from India and other countries, will see the largest cut. "
        "College leaders warned that programmes would close and staff would be laid off. "
        '"This is a blunt instrument aimed at a real problem," said the head of an '
        "association of Canadian colleges. Student groups said many foreign students had "
        "been sold programmes that promised jobs and permanent residency but left them in "
        "overcrowded housing. Australia and the United Kingdom have also moved to restrict "
        "international student numbers.",
        "politics",
    ),
    (
        "Swollen shoot virus ravages Ghana's cocoa farms as prices hit record",
        "A plant disease that kills cocoa trees has spread across large parts of Ghana's "
        "growing regions, farmers and researchers say, contributing to a collapse in output "
        "that has pushed world cocoa prices above $10,000 a tonne for the first time. The "
        "cocoa swollen shoot virus, spread by tiny insects called mealybugs, attacks the "
        "trees' tissue, causing swollen stems and falling yields until the tree dies; the "
        "only cure is to cut down infected trees and replant. Ghana's cocoa regulator "
        "estimates that about 500,000 hectares, more than a fifth of the country's cocoa "
        "area, are infected. Illegal gold mining, known as galamsey, has also destroyed "
        "farms and polluted rivers in the cocoa belt. \"My father's farm fed our family for "
        '40 years; now half the trees are dead," said a farmer in the Western North region. '
        "Chocolate makers have raised prices and shrunk bar sizes, and analysts expect a "
        "third consecutive global supply deficit. Scientists are breeding more tolerant "
        "cocoa varieties, but new trees take three to five years to bear fruit.",
        "economy",
    ),
    (
        "Indian drugmakers launch price war as semaglutide patent expires",
        "More than a dozen Indian pharmaceutical companies launched generic versions of "
        "semaglutide on Friday, the day the patent on the active ingredient of Novo "
        "Nordisk's diabetes and weight-loss drugs expired in India, setting off a price war "
        "that analysts say could cut costs for patients by more than half. Several of "
        "India's largest generic drugmakers priced weekly injection pens at a fraction of "
        "the branded price, and some said they would also export to other countries where "
        "the patent has lapsed. Doctors welcomed the lower prices in a country with more "
        "than 100 million people living with diabetes, but warned about unsupervised use for "
        'weight loss. "Cheaper is good, but this is not a cosmetic drug," an '
        "endocrinologist in Chennai said. Novo Nordisk said it would cut the price of its "
        "own products in India and compete on quality and supply. Analysts expect the market "
        "for GLP-1 drugs in India to grow several-fold by 2030. The drug regulator has "
        "warned that it will act against unapproved compounded versions sold online.",
        "economy",
    ),
    (
        "Paris exhibition revives Marie Curie's mobile X-ray units of the First World War",
        'A new exhibition at the Curie Museum in Paris tells the story of the "little '
        'Curies", the mobile X-ray units that Marie Curie equipped and drove to the front '
        "during the First World War to help surgeons locate bullets and shrapnel in wounded "
        "soldiers. Visitors can see a restored Renault van fitted with an X-ray tube and a "
        "generator powered by the engine, alongside photographs, letters and the handwritten "
        "manuals Curie wrote for the young women she trained as radiology technicians. Curie "
        "and her teenage daughter Irène set up some 20 vehicles and about 200 fixed "
        "radiology posts, and an estimated one million X-ray examinations were carried out "
        "during the war. The curators said they wanted to show a less familiar side of a "
        'scientist best known for her Nobel prizes in physics and chemistry. "She '
        "understood that science has to go where people need it,\" said the museum's "
        "director. The exhibition also explores the risks: Curie and many of the technicians "
        "were exposed to high doses of radiation without protection. It runs until next "
        "spring, with a programme of talks for schools.",
        "entertainment",
    ),
]
